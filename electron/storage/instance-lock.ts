// One Rakor per data folder. The holder (browser host or desktop app) writes a lock file
// readable by the owner only and keeps touching it while it runs; a second launch on the same
// folder finds it alive and sends the user there instead of opening the folder twice. A lock
// left behind by a crash or a power cut is recognised as stale even when its process id now
// belongs to another program (pids are reused, on Windows often), because nobody touches it.
import fs from 'node:fs';
import path from 'node:path';
import { NOT_WRITABLE, notWritableCode } from './writable';

export const LOCK_FILE = 'rakor.lock';
/** How often the holder touches the lock file. */
export const LOCK_REFRESH_MS = 5_000;
/** A lock file not touched for this long belongs to nobody, whatever its pid. */
export const LOCK_STALE_MS = 30_000;

export interface InstanceInfo {
  pid: number;
  url: string;
  startedAt: string;
  /** Which Rakor holds the folder; absent in locks written before it was recorded. */
  app?: 'web' | 'desktop';
}

export interface HeldLock {
  acquired: true;
  /**
   * True when the folder cannot be written at all (a read-only drive, no write permission):
   * there is no lock file, and the store opens the folder read-only.
   */
  readOnly: boolean;
  setUrl(url: string): void;
  release(): void;
}

export type LockResult = HeldLock | { acquired: false; holder: InstanceInfo };

export interface LockOptions {
  /** Where the takeover of a stale lock is reported; the console by default. */
  log?: (line: string) => void;
  now?: () => number;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): { info: InstanceInfo | null; mtimeMs: number } | null {
  let text: string;
  let mtimeMs: number;
  try {
    mtimeMs = fs.statSync(file).mtimeMs;
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const info = JSON.parse(text) as InstanceInfo;
    return { info: typeof info?.pid === 'number' ? info : null, mtimeMs };
  } catch {
    return { info: null, mtimeMs };
  }
}

function noLock(): HeldLock {
  return { acquired: true, readOnly: true, setUrl() {}, release() {} };
}

/**
 * Take the folder, or return the instance that holds it. A lock is taken over when its
 * process is gone or when it has not been touched for LOCK_STALE_MS; the holder touches it
 * every LOCK_REFRESH_MS with a timer that does not keep the process alive.
 */
export function acquireInstanceLock(dir: string, info: InstanceInfo, options: LockOptions = {}): LockResult {
  const log = options.log ?? ((line: string) => console.log(line));
  const now = options.now ?? Date.now;
  const file = path.join(dir, LOCK_FILE);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (err) {
    if (notWritableCode(dir)) return noLock();
    throw err;
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(info), { flag: 'wx', mode: 0o600 });
      return held(file, info);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? '';
      if (NOT_WRITABLE.has(code)) {
        // Nothing can be written here, so no second Rakor can change anything either; still,
        // a Rakor that is running on this folder (lock written before it became read-only) wins.
        const current = readLock(file);
        if (current?.info && current.info.pid !== info.pid && alive(current.info.pid) && now() - current.mtimeMs < LOCK_STALE_MS) {
          return { acquired: false, holder: current.info };
        }
        return noLock();
      }
      if (code !== 'EEXIST') throw err;
    }
    const current = readLock(file);
    if (!current) continue; // Gone meanwhile: try again.
    const holder = current.info;
    const age = now() - current.mtimeMs;
    if (holder && holder.pid !== info.pid && alive(holder.pid) && age < LOCK_STALE_MS) return { acquired: false, holder };
    if (holder && holder.pid !== info.pid) {
      log(
        alive(holder.pid)
          ? `Kunci folder data dari proses ${holder.pid} tidak diperbarui selama ${Math.round(age / 1000)} detik ` +
              '(sisa Rakor yang berhenti mendadak; nomor proses itu kini dipakai program lain). Kunci diambil alih.'
          : `Kunci folder data dari proses ${holder.pid} yang sudah berhenti diambil alih.`,
      );
    }
    takeOver(file, current.mtimeMs);
  }
  throw new Error('lock');
}

/**
 * Remove a stale lock without removing a fresh one that another launch wrote meanwhile: move
 * it aside under a name of our own, and put it back if it turns out not to be the one judged.
 */
function takeOver(file: string, judgedMtimeMs: number): void {
  const aside = `${file}.${process.pid}.${Date.now()}`;
  try {
    fs.renameSync(file, aside);
  } catch {
    return; // Someone else took it first; the next attempt sees who.
  }
  let same = false;
  try {
    same = fs.statSync(aside).mtimeMs === judgedMtimeMs;
  } catch {
    same = false;
  }
  if (!same) {
    try {
      fs.linkSync(aside, file);
    } catch {
      // A newer lock is in place already.
    }
  }
  fs.rmSync(aside, { force: true });
}

function held(file: string, info: InstanceInfo): HeldLock {
  let current = info;
  const touch = () => {
    try {
      const t = new Date();
      fs.utimesSync(file, t, t);
    } catch {
      // A folder gone read-only or away: the lock goes stale, which is right.
    }
  };
  const timer = setInterval(touch, LOCK_REFRESH_MS);
  timer.unref();
  return {
    acquired: true,
    readOnly: false,
    setUrl(url: string) {
      current = { ...current, url };
      fs.writeFileSync(file, JSON.stringify(current), { mode: 0o600 });
    },
    release() {
      clearInterval(timer);
      try {
        const onDisk = JSON.parse(fs.readFileSync(file, 'utf8')) as InstanceInfo;
        if (onDisk.pid === info.pid && onDisk.startedAt === info.startedAt) fs.rmSync(file, { force: true });
      } catch {
        // Already gone.
      }
    },
  };
}
