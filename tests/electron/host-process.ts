// The browser host as a real process for fault tests, bundled from source with esbuild so the
// unit tests need no prior build; started and stopped with the end-to-end tests' helper.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { startHost, type RunningHost } from '../e2e/host';

const bundled = new Map<string, string>();

/** The host bundled from `entry` (the real entry point by default; a test entry for planted faults). */
export function hostBundle(entry = 'electron/web/main.ts'): string {
  const known = bundled.get(entry);
  if (known) return known;
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rakor-hostbin-')), 'web', 'host.cjs');
  buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: out, logLevel: 'error' });
  bundled.set(entry, out);
  return out;
}

export interface HostProcess extends RunningHost {
  call(method: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
}

export async function startHostProcess(dataDir: string, options: { entry?: string; wrap?: string[] } = {}): Promise<HostProcess> {
  const host = await startHost(dataDir, {}, hostBundle(options.entry), options.wrap);
  return {
    ...host,
    async call(method, input) {
      const res = await fetch(`${host.origin}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Rakor-Token': host.token },
        body: JSON.stringify(input),
      });
      return res.json();
    },
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
