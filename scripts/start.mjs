// `npm start`: build, then launch Electron. Electron's binary is fetched on first launch;
// where that cannot happen (no internet, a blocked download host) say so plainly and
// point to the browser mode instead of showing a stack trace.
import { spawn, spawnSync } from 'node:child_process';

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// Resolving the binary path may try (and fail) to download it; do that in a child process
// so its output can be replaced by a clear message.
const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
  encoding: 'utf8',
  timeout: 180_000,
});
const electronPath = probe.status === 0 ? probe.stdout.trim() : '';

if (!electronPath) {
  console.error(
    [
      '',
      'Rakor tidak dapat membuka jendela desktop: program Electron belum terpasang di komputer ini',
      'dan tidak dapat diunduh (unduhan Electron memerlukan akses internet ke server rilisnya).',
      '',
      'Jalankan Rakor dalam mode browser:',
      '    npm run web',
      'lalu buka tautan yang dicetak di layar. Data dan fiturnya sama.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const child = spawn(electronPath, ['.'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
