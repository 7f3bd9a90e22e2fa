// `npm start` (scripts/start.mjs) as a user meets it. A copy of the script runs in a temporary
// project whose node_modules/electron is Electron's own index.js with a stand-in install.js
// that "downloads" a small fake program: the first start downloads and launches it, the
// second launches it straight away; a failed download, a program that cannot be started and a
// missing package each end in an Indonesian message, never a stack trace of the script.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const electronDir = path.resolve('node_modules/electron');
const STACK_FRAME = /\n\s+at .+[(\s].+:\d+:\d+\)?/;

// The stand-in for electron's install.js: what the real one does on success (write dist/, the
// version and path.txt), after a pause, with progress on stdout and stderr.
const STUB_INSTALL = `
const fs = require('fs');
const path = require('path');
fs.appendFileSync(process.env.RAKOR_TEST_LOG, 'download\\n');
console.log('stub: downloading electron-v45.5.0-${process.platform}-x64.zip');
process.stderr.write('Downloading electron-v45.5.0.zip: [==========] 100% ETA: 0.0 seconds\\n');
if (process.env.STUB_DOWNLOAD === 'fail') {
  console.error('RequestError: getaddrinfo ENOTFOUND github.com');
  process.exit(1);
}
setTimeout(() => {
  const dist = path.join(__dirname, 'dist');
  fs.mkdirSync(dist, { recursive: true });
  const program = process.env.STUB_PROGRAM || '#!/bin/sh\\necho "launched $*" >> "$RAKOR_TEST_LOG"\\nexit 0\\n';
  fs.writeFileSync(path.join(dist, 'electron'), program, { mode: 0o755 });
  fs.writeFileSync(path.join(dist, 'version'), 'v45.5.0');
  fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');
}, Number(process.env.STUB_DOWNLOAD_MS || 0));
`;

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function project(opts: { electron?: boolean } = {}) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rakor-start-'));
  dirs.push(root);
  fs.mkdirSync(path.join(root, 'scripts'));
  fs.copyFileSync('scripts/start.mjs', path.join(root, 'scripts', 'start.mjs'));
  fs.writeFileSync(path.join(root, 'scripts', 'build.mjs'), "import fs from 'node:fs';\nfs.appendFileSync(process.env.RAKOR_TEST_LOG, 'build\\n');\n");
  fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'rakor-start-test', private: true, main: 'dist/electron/main.cjs' }));
  if (opts.electron !== false) {
    const pkg = path.join(root, 'node_modules', 'electron');
    fs.mkdirSync(pkg, { recursive: true });
    fs.copyFileSync(path.join(electronDir, 'index.js'), path.join(pkg, 'index.js'));
    fs.copyFileSync(path.join(electronDir, 'package.json'), path.join(pkg, 'package.json'));
    fs.writeFileSync(path.join(pkg, 'install.js'), STUB_INSTALL);
  }
  const log = path.join(root, 'log.txt');
  fs.writeFileSync(log, '');
  const start = (env: Record<string, string> = {}) => {
    const res = spawnSync(process.execPath, [path.join(root, 'scripts', 'start.mjs')], {
      cwd: root, // as npm runs it
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '', RAKOR_TEST_LOG: log, ...env },
    });
    return { ...res, output: `${res.stdout}${res.stderr}` };
  };
  const logLines = () => fs.readFileSync(log, 'utf8').split('\n').filter(Boolean);
  return { root, start, logLines, electronPkg: path.join(root, 'node_modules', 'electron') };
}

describe.skipIf(process.platform === 'win32')('npm start with a stand-in Electron download', () => {
  it('first start downloads and launches Electron, the second launches it without downloading', () => {
    const p = project();
    const first = p.start({ STUB_DOWNLOAD_MS: '300' });
    expect(first.status, first.output).toBe(0);
    expect(first.stdout).toContain('Mengunduh program Electron');
    expect(first.stdout).toContain('Downloading Electron binary...');
    expect(first.stdout).toContain('stub: downloading electron-v45.5.0');
    expect(first.stderr).toContain('Downloading electron-v45.5.0.zip: [==========] 100%');
    expect(first.output).not.toContain('ENOENT');
    expect(first.output).not.toMatch(STACK_FRAME);
    expect(p.logLines()).toEqual(['build', 'download', `launched ${p.root}`]);

    const second = p.start();
    expect(second.status, second.output).toBe(0);
    expect(second.stdout).not.toContain('Mengunduh');
    expect(second.stdout).not.toContain('Downloading');
    expect(p.logLines()).toEqual(['build', 'download', `launched ${p.root}`, 'build', `launched ${p.root}`]);
  });

  it('waits for a slow download instead of calling it impossible', () => {
    const p = project();
    const res = p.start({ STUB_DOWNLOAD_MS: '4000' });
    expect(res.status, res.output).toBe(0);
    expect(res.output).not.toContain('tidak dapat diunduh');
    expect(p.logLines()).toEqual(['build', 'download', `launched ${p.root}`]);
  });

  it('passes on the exit code of Electron', () => {
    const p = project();
    const res = p.start({ STUB_PROGRAM: '#!/bin/sh\nexit 3\n' });
    expect(res.status).toBe(3);
  });

  it('an Electron that aborts on a signal (the Linux sandbox refusing) points to the README note', () => {
    const p = project();
    const res = p.start({ STUB_PROGRAM: '#!/bin/sh\nkill -TRAP $$\n' });
    expect(res.status).toBe(1);
    if (process.platform === 'linux') {
      expect(res.stderr).toContain('Electron berhenti mendadak (SIGTRAP)');
      expect(res.stderr).toContain('chrome-sandbox');
    }
  });

  it('a failed download ends in the Indonesian message with the reason above it', () => {
    const p = project();
    const res = p.start({ STUB_DOWNLOAD: 'fail' });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('RequestError: getaddrinfo ENOTFOUND github.com');
    expect(res.stderr).toContain('Rakor tidak dapat membuka jendela desktop: program Electron belum terpasang');
    expect(res.stderr).toContain('npm run web');
    expect(res.stderr.trimEnd().endsWith('lalu buka tautan yang dicetak di layar. Data dan fiturnya sama.')).toBe(true);
    expect(res.output).not.toMatch(STACK_FRAME);
    expect(p.logLines()).toEqual(['build', 'download']);
  });

  it('a program that cannot be started ends in the Indonesian message, not a stack trace', () => {
    const p = project();
    // Downloaded, but not executable (a damaged or blocked file).
    fs.mkdirSync(path.join(p.electronPkg, 'dist'));
    fs.writeFileSync(path.join(p.electronPkg, 'dist', 'electron'), 'not a program', { mode: 0o644 });
    fs.writeFileSync(path.join(p.electronPkg, 'dist', 'version'), 'v45.5.0');
    fs.writeFileSync(path.join(p.electronPkg, 'path.txt'), 'electron');
    const res = p.start();
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('Rakor tidak dapat menjalankan program Electron (EACCES)');
    expect(res.stderr).toContain('npm run web');
    expect(res.output).not.toMatch(STACK_FRAME);
    expect(p.logLines()).toEqual(['build']);
  });

  it('without the electron package it says to run npm install', () => {
    const p = project({ electron: false });
    const res = p.start();
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('paket Electron belum terpasang');
    expect(res.stderr).toContain('npm install');
    expect(res.output).not.toMatch(STACK_FRAME);
  });
});

// The real electron package on a machine that cannot reach Electron's download server (as on
// this project's machines): the real download fails and the same message follows.
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
