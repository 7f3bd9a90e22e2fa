// The browser host's program (dist/web/host.cjs): turns on Node's compile cache, then runs the
// host itself (dist/web/host-app.cjs, from main.ts). The host is one large bundle; compiling
// it was the largest single cost of a start. With the cache, V8 reuses the code it compiled at
// an earlier start (Node checks each entry against the file's contents and its own version).
// The cache sits in the user's own cache folder, not in the shared temporary folder, so no
// other account can put code in it. Whatever goes wrong with it, the host starts uncached.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire, enableCompileCache } from 'node:module';

export function compileCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'Rakor', 'compile-cache');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'Rakor', 'compile-cache');
  return path.join(env.XDG_CACHE_HOME ?? path.join(home, '.cache'), 'rakor', 'compile-cache');
}

try {
  const dir = compileCacheDir();
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  enableCompileCache?.(dir);
} catch {
  // No cache: the host compiles its code as without one.
}
createRequire(__filename)(path.join(__dirname, 'host-app.cjs'));
