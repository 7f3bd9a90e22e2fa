// Builds everything the app runs from: the renderer (Vite) into dist/renderer, and the
// Node side (esbuild) into dist/electron (main + preload) and dist/web (browser host).
// `--out=<folder>` builds into another folder than dist/ (the desktop shell's smoke test
// builds its own copy, so it never runs a stale dist/).
import { build as viteBuild } from 'vite';
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const define = { __RAKOR_VERSION__: JSON.stringify(pkg.version) };
const quiet = process.argv.includes('--quiet') || process.env.CI === 'true';
const outArg = process.argv.find((a) => a.startsWith('--out='));
const out = path.resolve(outArg ? outArg.slice('--out='.length) : 'dist');

const node = { bundle: true, platform: 'node', target: 'node22', format: 'cjs', sourcemap: true, define, logLevel: 'warning' };

/** The contract's method names, read from the contract itself (bundled in memory and run). */
async function contractMethodNames() {
  const out = await build({ entryPoints: ['shared/contract/index.ts'], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'warning' });
  const mod = { exports: {} };
  new Function('module', 'exports', out.outputFiles[0].text)(mod, mod.exports);
  const names = mod.exports.METHOD_NAMES;
  if (!Array.isArray(names) || names.length === 0 || !names.every((n) => typeof n === 'string')) {
    throw new Error('shared/contract exports no METHOD_NAMES');
  }
  return names;
}

const methodNames = await contractMethodNames();

await Promise.all([
  // host.cjs is a small program that turns on Node's compile cache and runs the host, host-app.cjs.
  build({ ...node, entryPoints: ['electron/web/start.ts'], outfile: path.join(out, 'web/host.cjs') }),
  build({ ...node, entryPoints: ['electron/web/main.ts'], outfile: path.join(out, 'web/host-app.cjs') }),
  build({ ...node, entryPoints: ['electron/main/main.ts'], outfile: path.join(out, 'electron/main.cjs'), external: ['electron'] }),
  // The preload runs sandboxed, where only 'electron' (in part) and a few built-ins can be
  // required: one self-contained file, with the method names as a plain list.
  build({
    ...node,
    entryPoints: ['electron/main/preload.ts'],
    outfile: path.join(out, 'electron/preload.cjs'),
    external: ['electron'],
    target: 'chrome130',
    define: { ...define, __RAKOR_METHOD_NAMES__: JSON.stringify(methodNames) },
  }),
]);
// The official area lists (and their licence) travel beside the Node bundles, read at run time.
for (const dir of ['web', 'electron']) {
  mkdirSync(path.join(out, dir, 'area-data'), { recursive: true });
  for (const file of ['provinces.csv', 'regencies.csv', 'districts.csv', 'LICENSE.md']) {
    cpSync(path.join('node_modules', 'idn-area-data', 'data', file), path.join(out, dir, 'area-data', file));
  }
}
await viteBuild({ configFile: 'vite.config.ts', logLevel: quiet ? 'warn' : 'info', build: { outDir: path.join(out, 'renderer') } });
