// `npm run audit:security`: runs Electronegativity over the sources of electron/ and
// renderer/, writes its SARIF report, and fails on any finding not in the reviewed
// allowlist (security/electronegativity-allowlist.json). Electronegativity itself always
// exits 0, so the SARIF is what is judged.
//   node scripts/audit-security.mjs [--root DIR] [--out FILE]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const root = path.resolve(opt('--root', '.'));
const out = path.resolve(opt('--out', 'security/electronegativity.sarif'));
const allowlist = JSON.parse(fs.readFileSync(path.resolve('security/electronegativity-allowlist.json'), 'utf8')).entries;

// Scan a copy holding only the app's sources (and package.json, from which the Electron
// version is read), so tests, build output and node_modules do not blur the report.
const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'rakor-audit-'));
for (const dir of ['electron', 'renderer']) {
  fs.cpSync(path.join(root, dir), path.join(stage, dir), { recursive: true });
}
fs.copyFileSync(path.join(root, 'package.json'), path.join(stage, 'package.json'));
const electronVersion = JSON.parse(fs.readFileSync(require.resolve('electron/package.json'), 'utf8')).version;

const bin = require.resolve('@doyensec/electronegativity/dist/index.js');
fs.mkdirSync(path.dirname(out), { recursive: true });
// Offline on purpose: see scripts/electronegativity-offline.mjs.
const offline = new URL('./electronegativity-offline.mjs', import.meta.url).href;
const run = spawnSync(process.execPath, ['--import', offline, bin, '-i', stage, '-o', out, '-r', '-e', electronVersion, '-v', 'false'], {
  encoding: 'utf8',
  timeout: 300_000,
});
fs.rmSync(stage, { recursive: true, force: true });
if (!fs.existsSync(out)) {
  console.error(`Electronegativity wrote no report.\n${run.stdout}\n${run.stderr}`);
  process.exit(2);
}

const sarif = JSON.parse(fs.readFileSync(out, 'utf8'));
const findings = sarif.runs.flatMap((r) =>
  (r.results ?? []).map((res) => {
    const loc = res.locations?.[0]?.physicalLocation;
    const uri = (loc?.artifactLocation?.uri ?? '').replace(/^file:\/\//, '').replace(stage, '').replace(/^\/+/, '');
    return { check: res.ruleId, file: uri, line: loc?.region?.startLine ?? 0, message: res.message?.text ?? '' };
  }),
);
const accepted = [];
const rejected = [];
for (const f of findings) {
  const entry = allowlist.find((e) => e.check === f.check && e.file === f.file);
  (entry ? accepted : rejected).push({ ...f, reason: entry?.reason });
}

console.log(`Electronegativity ${electronVersion ? `(Electron ${electronVersion})` : ''}: ${findings.length} findings, ${accepted.length} accepted by the allowlist, ${rejected.length} not.`);
for (const f of accepted) console.log(`  accepted  ${f.check}  ${f.file}:${f.line}`);
for (const f of rejected) console.log(`  FAIL      ${f.check}  ${f.file}:${f.line}  ${f.message}`);
console.log(`SARIF report: ${path.relative(process.cwd(), out)}`);
process.exit(rejected.length ? 1 : 0);
