// The browser host as a real process for fault tests: bundled from source with esbuild (so
// the unit tests need no prior build), started on a data folder, stopped or killed.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';

let bundled: string | null = null;

function hostBundle(): string {
  if (bundled) return bundled;
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rakor-hostbin-')), 'web', 'host.cjs');
  buildSync({ entryPoints: ['electron/web/main.ts'], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: out, logLevel: 'error' });
  bundled = out;
  return out;
}

export interface HostProcess {
  proc: ChildProcess;
  origin: string;
  token: string;
  url: string;
  output(): string;
  call(method: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export async function startHostProcess(dataDir: string): Promise<HostProcess> {
  const proc = spawn(process.execPath, [hostBundle()], {
    env: { ...process.env, RAKOR_DATA_DIR: dataDir, RAKOR_PORT: '0', RAKOR_NO_OPEN: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d) => (out += String(d)));
  proc.stderr!.on('data', (d) => (out += String(d)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${out}`)), 20_000);
    proc.stdout!.on('data', () => {
      const m = /Buka: (http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited (${code}):\n${out}`));
    });
  });
  const origin = url.split('/#')[0];
  const token = url.split('token=')[1];
  return {
    proc,
    origin,
    token,
    url,
    output: () => out,
    async call(method, input) {
      const res = await fetch(`${origin}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Rakor-Token': token },
        body: JSON.stringify(input),
      });
      return res.json();
    },
    kill: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill(signal);
      }),
  };
}

/** Run a second host on the same folder and return what it printed when it exited. */
export function runSecondLaunch(dataDir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [hostBundle()], {
      env: { ...process.env, RAKOR_DATA_DIR: dataDir, RAKOR_PORT: '0', RAKOR_NO_OPEN: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    proc.stdout!.on('data', (d) => (out += String(d)));
    proc.stderr!.on('data', (d) => (out += String(d)));
    const timer = setTimeout(() => proc.kill('SIGKILL'), 20_000);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output: out });
    });
  });
}
