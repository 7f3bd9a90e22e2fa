// Entry point of `npm run web`: start the browser host on the data folder and open the UI.
import crypto from 'node:crypto';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { openDataFolder } from '../storage/open';
import { confJsonFile } from '../storage/json-file';
import { defaultDataDir } from '../storage/data-dir';
import { installProcessNet, startWebHost } from './http-host';
import { hostToken } from './host-token';
import { APP_VERSION } from '../version';
import { acquireInstanceLock } from '../storage/instance-lock';

function openBrowser(url: string) {
  const cmd = process.platform === 'win32' ? 'cmd' : process.platform === 'darwin' ? 'open' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '""', url] : [url];
  try {
    const child = spawn(cmd, args, { detached: true, stdio: 'ignore' });
    child.on('error', () => console.log('Browser tidak dapat dibuka otomatis; buka tautan di atas secara manual.'));
    child.unref();
  } catch {
    console.log('Browser tidak dapat dibuka otomatis; buka tautan di atas secara manual.');
  }
}

async function main() {
  const dataDir = defaultDataDir();
  const port = process.env.RAKOR_PORT ? Number(process.env.RAKOR_PORT) : 5178;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`RAKOR_PORT tidak valid: ${process.env.RAKOR_PORT}`);
    process.exit(2);
  }
  const log = (line: string) => console.log(`[api] ${line}`);
  installProcessNet(log);
  const lock = acquireInstanceLock(dataDir, { pid: process.pid, url: '', startedAt: new Date().toISOString(), app: 'web' });
  if (!lock.acquired) {
    // Like the desktop app's single instance: send the user to the Rakor already open on this folder.
    console.log(
      lock.holder.app === 'desktop'
        ? `Rakor desktop sudah membuka folder data ini (proses ${lock.holder.pid}). Gunakan jendela itu, atau tutup dahulu.`
        : `Rakor sudah berjalan untuk folder data ini (proses ${lock.holder.pid}).`,
    );
    if (lock.holder.url) {
      console.log(`Buka: ${lock.holder.url}`);
      if (process.env.RAKOR_NO_OPEN !== '1') openBrowser(lock.holder.url);
    }
    return;
  }
  const store = openDataFolder(dataDir, confJsonFile);
  const host = await startWebHost({
    deps: { store, clock: () => new Date(), newId: () => crypto.randomUUID(), transport: 'web', version: APP_VERSION },
    staticDir: path.resolve(__dirname, '..', 'renderer'),
    port,
    token: hostToken(dataDir),
    log,
  });
  lock.setUrl(host.url);
  console.log(`Rakor (mode browser) berjalan. Data: ${dataDir}`);
  if (store.readOnly) {
    console.log('Folder data hanya-baca: semua dapat dibaca, diekspor dan dicetak, tetapi tidak ada yang dapat diubah.');
  }
  console.log(`Buka: ${host.url}`);
  for (const d of store.damaged) console.log(`Perhatian: berkas ${d.kind} "${d.title}" rusak, dipindahkan ke ${d.movedTo}`);
  if (process.env.RAKOR_NO_OPEN !== '1') openBrowser(host.url);
  const stop = () => {
    lock.release();
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'EADDRINUSE') console.error('Port sudah dipakai. Jalankan dengan RAKOR_PORT=0 untuk memilih port bebas.');
  else console.error(`Rakor gagal dijalankan: ${(err as Error)?.message ?? err}`);
  process.exit(1);
});
