// A stored change survives a power cut once it is acknowledged: each store file is written to
// a temporary file, flushed, renamed over the old one, and then its folder is flushed, without
// which the rename itself may still be only in memory. Checked on the real system calls of a
// real write (strace), for both kinds of store file.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers';

/** The system calls of one run of the child, one per line. */
function traceWrites(dir: string): string[] {
  const out = path.join(tempDir(), 'strace.txt');
  execFileSync(
    'strace',
    [
      '-f',
      '-s',
      '4096',
      '-e',
      'trace=openat,rename,renameat,renameat2,fsync,fdatasync',
      '-o',
      out,
      process.execPath,
      '--import',
      'tsx',
      'tests/electron/durable-write-child.ts',
      dir,
    ],
    { stdio: 'pipe' },
  );
  return fs
    .readFileSync(out, 'utf8')
    .split('\n')
    .map((l) => l.replace(/^\d+\s+/, '').replace(/\)\s+= /, ') = '));
}

/** Index of the first line at or after `from` that matches. */
function lineAfter(lines: string[], from: number, match: (l: string) => boolean): number {
  for (let i = from; i < lines.length; i++) if (match(lines[i] ?? '')) return i;
  return -1;
}

describe('a store file write', () => {
  it.each(['rapat-uji.json', 'roster.json'])('of %s flushes the file, renames it and then flushes its folder', (name) => {
    const dir = tempDir();
    const lines = traceWrites(dir);
    expect(JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'))).toBeTruthy();
    const target = JSON.stringify(path.join(dir, name));
    const renamed = lineAfter(lines, 0, (l) => /^rename(at2?)?\(/.test(l) && l.includes(`, ${target}`) && l.endsWith('= 0'));
    expect(renamed, `no rename onto ${name}`).toBeGreaterThan(0);
    // The temporary file was flushed before the rename.
    const tmpOpen = lineAfter(lines, 0, (l) => l.startsWith('openat(') && l.includes(`${path.join(dir, name)}.tmp`));
    const tmpFd = /= (\d+)$/.exec(lines[tmpOpen] ?? '')?.[1];
    expect(tmpFd, 'the temporary file was not opened').toBeDefined();
    const tmpSync = lineAfter(lines, tmpOpen, (l) => l === `fsync(${tmpFd}) = 0` || l === `fdatasync(${tmpFd}) = 0`);
    expect(tmpSync).toBeGreaterThan(tmpOpen);
    expect(tmpSync).toBeLessThan(renamed);
    // Then the folder: opened after the rename and flushed, before the next file is written.
    const dirOpen = lineAfter(lines, renamed, (l) => l.startsWith(`openat(AT_FDCWD, ${JSON.stringify(dir)}, O_RDONLY`));
    expect(dirOpen, 'the folder was not opened after the rename').toBeGreaterThan(renamed);
    const dirFd = /= (\d+)$/.exec(lines[dirOpen] ?? '')?.[1];
    const dirSync = lineAfter(lines, dirOpen, (l) => l === `fsync(${dirFd}) = 0`);
    expect(dirSync, 'the folder was not flushed').toBeGreaterThan(dirOpen);
    const nextTmp = lineAfter(lines, renamed, (l) => l.startsWith('openat(') && l.includes('.tmp-'));
    if (nextTmp >= 0) expect(dirSync).toBeLessThan(nextTmp);
  });
});
