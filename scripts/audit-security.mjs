// `npm run audit:security`: runs Electronegativity over the sources of electron/ and
// renderer/, writes its SARIF report, and fails on any finding not in the reviewed
// allowlist (security/electronegativity-allowlist.json). Electronegativity itself always
// exits 0, so the SARIF is what is judged.
//
// An allowlist entry accepts one reviewed call, not a whole file: it names the check, the
// file and a marker, and a finding is accepted only when the reviewed line itself or the line
// just above it carries that marker as a comment, e.g.
//   // security-reviewed: open-external-window-open
//   if (isSafeExternalUrl(url)) void shell.openExternal(url);
// A new call of the same kind in the same file has no marker and fails the audit.
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
const sourceLines = new Map();
const linesOf = (file) => {
  if (!sourceLines.has(file)) {
    let text = '';
    try {
      text = fs.readFileSync(path.join(root, file), 'utf8');
    } catch {
      text = '';
    }
    sourceLines.set(file, text.split(/\r?\n/));
  }
  return sourceLines.get(file);
};
const MARKER = /security-reviewed:\s*([A-Za-z0-9_-]+)/g;
/** Markers on the finding's line (1-based) and the line above it. */
const markersAt = (file, line) => {
  const lines = linesOf(file);
  const found = new Set();
  for (const text of [lines[line - 1] ?? '', lines[line - 2] ?? '']) for (const m of text.matchAll(MARKER)) found.add(m[1]);
  return found;
};
const electronVersion = JSON.parse(fs.readFileSync(require.resolve('electron/package.json'), 'utf8')).version;

const bin = require.resolve('@doyensec/electronegativity/dist/index.js');
fs.mkdirSync(path.dirname(out), { recursive: true });
// A report left from an earlier run must not be judged as this run's.
fs.rmSync(out, { force: true });
// Electronegativity asks the network for updated translations and Electron's release list
// before it scans; where the network is slow or absent its HTTP client can crash on a timed-out
// retry and write no report. The audit runs offline instead (scripts/offline.mjs makes every
// lookup fail at once), which it handles, so the result is the same on every machine.
const offline = new URL('./offline.mjs', import.meta.url).href;
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
    const uri = (loc?.artifactLocation?.uri ?? '')
      .replace(/^file:\/\//, '')
      .replace(stage, '')
      .replace(/^\/+/, '');
    return { check: res.ruleId, file: uri, line: loc?.region?.startLine ?? 0, message: res.message?.text ?? '' };
  }),
);
const accepted = [];
const rejected = [];
for (const f of findings) {
  const markers = markersAt(f.file, f.line);
  const entry = allowlist.find((e) => e.check === f.check && e.file === f.file && markers.has(e.marker));
  (entry ? accepted : rejected).push({ ...f, reason: entry?.reason });
}

console.log(
  `Electronegativity ${electronVersion ? `(Electron ${electronVersion})` : ''}: ${findings.length} findings, ${accepted.length} accepted by the allowlist, ${rejected.length} not.`,
);
for (const f of accepted) console.log(`  accepted  ${f.check}  ${f.file}:${f.line}`);
for (const f of rejected) console.log(`  FAIL      ${f.check}  ${f.file}:${f.line}  ${f.message}`);
console.log(`SARIF report: ${path.relative(process.cwd(), out)}`);
const used = new Set(accepted.map((f) => `${f.check} ${f.file} ${f.reason}`));
for (const e of allowlist) {
  if (!used.has(`${e.check} ${e.file} ${e.reason}`)) console.log(`  note      allowlist entry "${e.marker}" (${e.check}, ${e.file}) matched no finding`);
}
process.exit(rejected.length ? 1 : 0);
