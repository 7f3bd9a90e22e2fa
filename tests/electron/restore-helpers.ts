// Helpers for the restore tests: what a data folder holds (as the app reads it, and byte for
// byte), and the crash child process bundled from source.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { DataStore } from '../../electron/storage/data-store';
import { confJsonFile } from '../../electron/storage/json-file';

/** Everything the app reads from a folder, opening it as at start. */
export function snapshot(dir: string) {
  const store = new DataStore(dir, confJsonFile, () => new Date('2026-12-01T00:00:00Z')).open();
  const meetings = Object.fromEntries(store.listMeetings().map((m) => [m.id, store.getMeeting(m.id)]));
  return { settings: store.getSettings(), roster: store.getRoster(), meetings, damaged: store.damaged.length };
}

/** Every file under a folder with the hash of its bytes: to show a refused restore changed nothing. */
export function digest(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const file = path.join(e.parentPath, e.name);
    out[path.relative(root, file)] = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  }
  return out;
}

export function generationsIn(root: string): string[] {
  return fs.readdirSync(root).filter((n) => /^data-\d+$/.test(n));
}

let bundled: string | null = null;

/** Run the crash child (restore-child.ts); returns how it ended. */
export function runChild(args: string[], wrap?: (node: string, script: string) => { cmd: string; args: string[] }) {
  if (!bundled) {
    bundled = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rakor-child-')), 'child.cjs');
    buildSync({
      entryPoints: ['tests/electron/restore-child.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node22',
      outfile: bundled,
      logLevel: 'error',
    });
  }
  const run = wrap ? wrap(process.execPath, bundled) : { cmd: process.execPath, args: [bundled] };
  const res = spawnSync(run.cmd, [...run.args, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { status: res.status, signal: res.signal, stdout: res.stdout, stderr: res.stderr };
}
