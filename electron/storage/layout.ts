// Where Rakor's own files sit inside the data folder. The data folder (in Electron: userData)
// also holds Chromium's files, cadangan/, rusak/ and the lock, and cannot be renamed while the
// app runs, so the data files live in a generation folder "data-<n>" and a small pointer file
// names the one in use. Replacing all data (a restore) writes a complete new generation and then
// switches the pointer with one atomic rename: a crash at any moment leaves the pointer naming
// either the old generation or the new one, each complete. Folders the pointer does not name are
// leftovers and are removed at the next start.
import fs from 'node:fs';
import path from 'node:path';
import { itemAt } from '../../shared/indexed';

export const POINTER_FILE = 'data-aktif.json';
const GENERATION = /^data-(\d{1,9})$/;
const COMPLETE_MARK = '.lengkap';
const genNumber = (name: string) => Number(GENERATION.exec(name)![1]);

/** Steps of the one-time move of an older data folder into its first generation, in order. */
export const MIGRATION_STEPS = ['file-copied', 'copied', 'pointer-written', 'old-files-removed'] as const;
export type MigrationStep = (typeof MIGRATION_STEPS)[number];

const isWriteRefused = (err: unknown) => ['EROFS', 'EACCES', 'EPERM'].includes((err as NodeJS.ErrnoException)?.code ?? '');

/** Write a file so that it is on the disk when this returns (not only in the page cache). */
export function writeFileDurable(file: string, data: string | Uint8Array): void {
  const fd = fs.openSync(file, 'w', 0o600);
  try {
    fs.writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.chmodSync(file, 0o600);
  } catch {
    // A folder we do not own (e.g. a shared drive) keeps its permissions.
  }
}

/**
 * mkdir -p that reports the real cause: Node's recursive mkdir answers ENOENT on a read-only
 * file system, where the user must read "hanya-baca".
 */
export function ensureDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { mode: 0o700 });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    if (code !== 'ENOENT' || path.dirname(dir) === dir) throw err;
    ensureDir(path.dirname(dir));
    fs.mkdirSync(dir, { mode: 0o700 });
  }
}

/** Make a rename in `dir` durable. Windows cannot open a folder for fsync; NTFS journals renames. */
export function syncDir(dir: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Not supported on this platform.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/**
 * Flush files already written, and the folders that list them, to the disk: many at a time,
 * which is about three times faster than one by one for a restore of 1,000 meetings.
 */
export async function flushToDisk(files: string[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const handle = await fs.promises.open(itemAt(files, next++), 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  for (const dir of new Set(files.map((f) => path.dirname(f)))) syncDir(dir);
}

/** The generation the pointer names, or null when there is no readable pointer. */
export function readPointer(root: string): string | null {
  try {
    const { folder } = JSON.parse(fs.readFileSync(path.join(root, POINTER_FILE), 'utf8')) as { folder?: unknown };
    if (typeof folder === 'string' && GENERATION.test(folder) && fs.statSync(path.join(root, folder)).isDirectory()) return folder;
  } catch {
    // Missing or unreadable: treated as no pointer.
  }
  return null;
}

/** Switch the pointer to `folder` atomically: a temporary file, flushed, then renamed over the old one. */
export function writePointer(root: string, folder: string): void {
  const target = path.join(root, POINTER_FILE);
  const tmp = `${target}.tmp`;
  writeFileDurable(tmp, JSON.stringify({ folder }));
  fs.renameSync(tmp, target);
  syncDir(root);
}

function generations(root: string): string[] {
  try {
    return fs.readdirSync(root).filter((n) => GENERATION.test(n));
  } catch {
    return [];
  }
}

/** A new, empty generation folder, numbered after every one present. */
export function newGeneration(root: string): string {
  const highest = Math.max(0, ...generations(root).map(genNumber));
  const name = `data-${highest + 1}`;
  fs.mkdirSync(path.join(root, name), { mode: 0o700 });
  return name;
}

/** Remove every generation folder except the active one (leftovers of a restore or of a crash). */
export function removeOtherGenerations(root: string, active: string): void {
  for (const name of generations(root)) {
    if (name === active) continue;
    try {
      fs.rmSync(path.join(root, name), { recursive: true, force: true });
    } catch {
      // Tried again at the next start.
    }
  }
  try {
    fs.rmSync(path.join(root, `${POINTER_FILE}.tmp`), { force: true });
  } catch {
    // Idem.
  }
}

/** Copy the listed files (paths relative to `from`) into `to`, each flushed to disk. */
export function copyFilesDurable(from: string, to: string, files: string[], onFile: () => void = () => {}): void {
  for (const rel of files) {
    const target = path.join(to, rel);
    fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
    writeFileDurable(target, fs.readFileSync(path.join(from, rel)));
    onFile();
  }
  for (const dir of new Set(files.map((rel) => path.dirname(path.join(to, rel))))) syncDir(dir);
  syncDir(to);
}

/** Mark a generation as complete: written last, after every file in it is on the disk. */
export function markComplete(root: string, folder: string): void {
  writeFileDurable(path.join(root, folder, COMPLETE_MARK), '');
  syncDir(path.join(root, folder));
}

const isComplete = (root: string, folder: string) => fs.existsSync(path.join(root, folder, COMPLETE_MARK));

/**
 * The folder that holds the data files, inside `root`. A folder of an older Rakor (data files
 * directly in `root`) is moved into its first generation once: copied and flushed, marked
 * complete, then the pointer written, then the old files removed. A crash before the mark leaves
 * the old layout, moved again at the next start; after the mark, the next start finishes the
 * move. A folder that cannot be written is read where it is.
 */
export function resolveDataFolder(root: string, listDataFiles: (dir: string) => string[], onStep: (step: MigrationStep) => void = () => {}): string {
  let active = readPointer(root);
  if (!active) {
    // No usable pointer: a complete generation is adopted (a move that stopped after the copy,
    // or a pointer file lost); incomplete ones were being built when the app stopped.
    const complete = generations(root)
      .filter((n) => isComplete(root, n))
      .sort((a, b) => genNumber(b) - genNumber(a));
    active = complete[0] ?? null;
  }
  try {
    if (!active) {
      fs.mkdirSync(root, { recursive: true, mode: 0o700 });
      for (const name of generations(root)) fs.rmSync(path.join(root, name), { recursive: true, force: true });
      const first = newGeneration(root);
      copyFilesDurable(root, path.join(root, first), listDataFiles(root), () => onStep('file-copied'));
      markComplete(root, first);
      active = first;
      onStep('copied');
    }
    if (readPointer(root) !== active) {
      writePointer(root, active);
      onStep('pointer-written');
    }
    removeMovedFiles(root, path.join(root, active), listDataFiles(root));
    onStep('old-files-removed');
    removeOtherGenerations(root, active);
    return path.join(root, active);
  } catch (err) {
    // A folder that cannot be written now (read-only, full): read the complete generation, or
    // the old layout where it is; the move is tried again at the next start.
    if (!isWriteRefused(err)) console.error(`Folder data belum dapat dipindahkan ke susunan baru: ${(err as NodeJS.ErrnoException).code ?? 'kesalahan'}`);
    return active ? path.join(root, active) : root;
  }
}

/** Remove the files of the old layout that the generation holds byte for byte; any other is left alone. */
function removeMovedFiles(root: string, active: string, files: string[]): void {
  for (const rel of files) {
    let copy: Buffer;
    try {
      copy = fs.readFileSync(path.join(active, rel));
    } catch {
      continue;
    }
    if (copy.equals(fs.readFileSync(path.join(root, rel)))) fs.rmSync(path.join(root, rel), { force: true });
  }
  for (const dir of new Set(files.map((rel) => path.dirname(rel)).filter((d) => d !== '.'))) {
    try {
      fs.rmdirSync(path.join(root, dir));
    } catch {
      // Not empty (something that is not a copy): left alone.
    }
  }
}
