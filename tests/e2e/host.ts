// Starts the real browser host (the built dist/web/host.cjs) on a data folder, as a user
// would with `npm run web`, and stops it again (politely or with SIGKILL).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { group, itemAt } from '../helpers/indexed';

export interface RunningHost {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  proc: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function tempDataDir(prefix = 'rakor-e2e-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * A private mount namespace in which `dataDir` is bind-mounted read-only (a real EROFS, which
 * root cannot write through, unlike a chmod): pass it as `wrap` to run the host inside it.
 */
export function readOnlyMount(dataDir: string): string[] {
  return ['unshare', '-rm', 'sh', '-c', 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"', 'sh', dataDir];
}

/**
 * `script` is the built host by default; the fault tests pass a bundle made from source.
 * `wrap` runs it through another command first (e.g. readOnlyMount).
 */
export async function startHost(
  dataDir: string,
  env: Record<string, string> = {},
  script = path.resolve('dist/web/host.cjs'),
  wrap: string[] = [],
): Promise<RunningHost> {
  const [command, ...args] = [...wrap, process.execPath, script];
  const proc = spawn(command, args, {
    env: { ...process.env, RAKOR_DATA_DIR: dataDir, RAKOR_PORT: '0', RAKOR_NO_OPEN: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d) => (out += String(d)));
  proc.stderr!.on('data', (d) => (out += String(d)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${out}`)), 15_000);
    const check = () => {
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(group(m, 1));
      }
    };
    proc.stdout!.on('data', check);
    proc.on('exit', (code) => reject(new Error(`host exited (${code}):\n${out}`)));
  });
  const origin = itemAt(url.split('/#'), 0);
  const token = itemAt(url.split('token='), 1);
  return {
    url,
    origin,
    token,
    dataDir,
    proc,
    output: () => out,
    stop: (signal: NodeJS.Signals = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill(signal);
      }),
  };
}
