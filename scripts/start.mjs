// `npm start`: build, then launch Electron. Electron's program is fetched on first launch (by
// the electron package itself); its progress reaches the user, and where that download cannot
// happen (no internet, a blocked download host), or the program cannot be started, say so in
// Indonesian and point to the browser mode instead of showing a stack trace of this script.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const BROWSER_MODE = ['Jalankan Rakor dalam mode browser:', '    npm run web', 'lalu buka tautan yang dicetak di layar. Data dan fiturnya sama.'];

function fail(lines) {
  console.error(['', ...lines, '', ...BROWSER_MODE, ''].join('\n'));
  process.exit(1);
}

const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let electronIndex;
try {
  electronIndex = createRequire(path.join(root, 'package.json')).resolve('electron');
} catch {
  fail(['Rakor tidak dapat membuka jendela desktop: paket Electron belum terpasang.', 'Jalankan "npm install" di folder Rakor, lalu "npm start" lagi.']);
}

// Resolving the program's path downloads it when it is missing; that runs in a child process
// so a failed download ends in the message below. The child's stderr is the user's terminal,
// so the downloader's progress bar (it draws only on a terminal) and its reason show as they
// happen. Its stdout ("Downloading Electron binary...") is passed on line by line; the path
// itself comes last, on a line of its own, and is taken only if that file exists.
// A failed download makes electron's index.js throw; the probe reports that in one line.
const PROBE = [
  'let p;',
  'try { p = require(process.argv[1]); } catch (e) { process.stderr.write(String(e && e.message) + "\\n"); process.exit(2); }',
  'process.stdout.write("\\n" + p + "\\n");',
].join(' ');

function resolveElectron() {
  return new Promise((resolve) => {
    const probe = spawn(process.execPath, ['-e', PROBE, electronIndex], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let partial = '';
    let candidate = '';
    const take = (line) => {
      // A line naming an existing file may be the answer: keep it until another line follows.
      if (candidate) console.log(candidate);
      candidate = '';
      const trimmed = line.trim();
      if (trimmed && fs.existsSync(trimmed)) candidate = trimmed;
      else if (trimmed) console.log(line);
    };
    probe.stdout.setEncoding('utf8');
    probe.stdout.on('data', (chunk) => {
      const parts = (partial + chunk).split(/\r?\n/);
      partial = parts.pop() ?? '';
      for (const line of parts) if (line.trim()) take(line);
    });
    probe.on('error', (err) => resolve({ ok: false, why: err.message }));
    probe.on('close', (code, signal) => {
      if (partial.trim()) take(partial);
      if (code === 0 && candidate) resolve({ ok: true, path: candidate });
      else {
        if (candidate) console.log(candidate);
        resolve({ ok: false, why: signal ? `dihentikan: ${signal}` : '' });
      }
    });
  });
}

if (!fs.existsSync(path.join(path.dirname(electronIndex), 'path.txt'))) {
  console.log('Mengunduh program Electron (sekali saja, sekitar 100 MB); ini dapat memakan beberapa menit...');
}
const electron = await resolveElectron();
if (!electron.ok) {
  fail([
    'Rakor tidak dapat membuka jendela desktop: program Electron belum terpasang di komputer ini',
    `dan tidak dapat diunduh${electron.why ? ` (${electron.why})` : ''}. Unduhan Electron (sekali saja, sekitar 100 MB)`,
    'memerlukan akses internet ke server rilisnya; alasannya tertulis di atas.',
    'Coba lagi "npm start" saat terhubung ke internet.',
  ]);
}

const child = spawn(electron.path, [root], { cwd: root, stdio: 'inherit' });
child.on('error', (err) => {
  fail([`Rakor tidak dapat menjalankan program Electron (${err.code ?? err.message}):`, `    ${electron.path}`]);
});
child.on('exit', (code, signal) => {
  if (signal && process.platform === 'linux' && signal !== 'SIGINT' && signal !== 'SIGTERM') {
    // Ubuntu 24.04 and others refuse Electron's sandbox from a source checkout: see the README.
    console.error(
      [
        '',
        `Electron berhenti mendadak (${signal}). Di Linux (mis. Ubuntu 24.04) penyebab yang umum adalah`,
        'sandbox Chromium; lihat README, bagian "Linux: chrome-sandbox".',
      ].join('\n'),
    );
  }
  process.exit(code ?? 1);
});
