// One Rakor per data folder. The browser host records its address in a lock file readable
// by the owner only; a second launch on the same folder finds the first one alive and
// sends the user there instead of opening the folder twice.
import fs from 'node:fs';
import path from 'node:path';

export const LOCK_FILE = 'rakor.lock';

export interface InstanceInfo {
  pid: number;
  url: string;
  startedAt: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Take the folder, or return the instance that holds it. A lock left by a dead process is taken over. */
export function acquireInstanceLock(
  dir: string,
  info: InstanceInfo,
): { acquired: true; setUrl(url: string): void; release(): void } | { acquired: false; holder: InstanceInfo } {
  const file = path.join(dir, LOCK_FILE);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(info), { flag: 'wx', mode: 0o600 });
      return {
        acquired: true,
        setUrl(url: string) {
          fs.writeFileSync(file, JSON.stringify({ ...info, url }), { mode: 0o600 });
        },
        release() {
          try {
            const current = JSON.parse(fs.readFileSync(file, 'utf8')) as InstanceInfo;
            if (current.pid === info.pid) fs.rmSync(file, { force: true });
          } catch {
            // Already gone.
          }
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let holder: InstanceInfo | null = null;
      try {
        holder = JSON.parse(fs.readFileSync(file, 'utf8')) as InstanceInfo;
      } catch {
        holder = null;
      }
      if (holder && holder.pid !== info.pid && alive(holder.pid)) return { acquired: false, holder };
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error('lock');
}
