// `npm start` where Electron's binary cannot be fetched: a plain message that names the
// browser mode, not a stack trace. (Where Electron is installed, it would open the window,
// so the test only runs where the binary is missing, as on this project's machines.)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const electronDir = path.resolve('node_modules/electron');
const binaryPresent = fs.existsSync(path.join(electronDir, 'path.txt')) && fs.existsSync(path.join(electronDir, 'dist'));

describe.runIf(!binaryPresent)('npm start without the Electron binary', () => {
  it('explains and points to npm run web', () => {
    const res = spawnSync(process.execPath, ['scripts/start.mjs'], { encoding: 'utf8', timeout: 240_000 });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('Rakor tidak dapat membuka jendela desktop');
    expect(res.stderr).toContain('npm run web');
    expect(`${res.stdout}${res.stderr}`).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  }, 240_000);
});
