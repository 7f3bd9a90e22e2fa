// Builds everything the app runs from: the renderer (Vite) into dist/renderer, and the
// Node side (esbuild) into dist/electron (main + preload) and dist/web (browser host).
import { build as viteBuild } from 'vite';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const define = { __RAKOR_VERSION__: JSON.stringify(pkg.version) };
const quiet = process.argv.includes('--quiet') || process.env.CI === 'true';

const node = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, define, logLevel: 'warning' };

await Promise.all([
  build({ ...node, entryPoints: ['electron/web/main.ts'], outfile: 'dist/web/host.cjs' }),
  build({ ...node, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs', external: ['electron'], target: 'node22' }),
  // The preload runs sandboxed, where only a few modules can be required: bundle it whole.
  build({ ...node, entryPoints: ['electron/main/preload.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'], target: 'chrome130' }),
]);
await viteBuild({ configFile: 'vite.config.ts', logLevel: quiet ? 'warn' : 'info' });
