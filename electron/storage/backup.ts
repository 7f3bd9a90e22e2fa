// Backups of the whole data folder: automatic copies inside it (at start, at most once a
// day, the last 10 kept) and one archive file to carry on a USB stick to another computer.
// Restoring always backs up the current state first.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { AppError } from '../../shared/errors';
import { DAMAGED_DIR } from './data-store';
import type { BackupInfo } from '../../shared/contract/backups';

export type { BackupInfo };

export const BACKUP_DIR = 'cadangan';
export const KEEP_BACKUPS = 10;
const DAY_MS = 24 * 3600_000;
const MANIFEST = 'rakor-cadangan.json';
const NAME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(-[a-z]+)?(-\d+)?$/;

/** Files that make up the data: everything but the backups themselves and damaged files. */
function dataFiles(dataDir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dataDir, rel), { withFileTypes: true })) {
      const r = rel ? path.join(rel, entry.name) : entry.name;
      // Hidden entries are temporary folders and files of writes still under way.
      if (entry.name.startsWith('.') || entry.name.endsWith('.tmp')) continue;
      if (!rel && (entry.name === BACKUP_DIR || entry.name === DAMAGED_DIR)) continue;
      if (entry.isDirectory()) walk(r);
      else if (entry.isFile() && entry.name.endsWith('.json')) out.push(r);
    }
  };
  walk('');
  return out.sort();
}

function stampOf(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

function readManifest(dir: string): { createdAt: string; reason: string } {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8'));
  } catch {
    return { createdAt: '', reason: '' };
  }
}

export function listBackups(dataDir: string): BackupInfo[] {
  const root = path.join(dataDir, BACKUP_DIR);
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root)
    .filter((n) => NAME_RE.test(n) && fs.statSync(path.join(root, n)).isDirectory())
    .sort()
    .reverse()
    .map((name) => {
      const dir = path.join(root, name);
      const files = dataFiles(dir).filter((f) => f !== MANIFEST);
      const bytes = files.reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
      const m = readManifest(dir);
      return { name, createdAt: m.createdAt, reason: m.reason, files: files.length, bytes };
    });
}

/** Copy the data files into cadangan/<time>/ and keep only the newest KEEP_BACKUPS. */
export function createBackup(dataDir: string, now: Date, reason: string): BackupInfo {
  const root = path.join(dataDir, BACKUP_DIR);
  const base = `${stampOf(now)}-${reason.replace(/[^a-z]/g, '') || 'manual'}`;
  let name = base;
  for (let i = 2; fs.existsSync(path.join(root, name)); i++) name = `${base}-${i}`;
  const tmp = path.join(root, `.${name}.tmp`);
  fs.mkdirSync(tmp, { recursive: true, mode: 0o700 });
  for (const rel of dataFiles(dataDir)) {
    const target = path.join(tmp, rel);
    fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
    fs.copyFileSync(path.join(dataDir, rel), target);
    fs.chmodSync(target, 0o600);
  }
  fs.writeFileSync(path.join(tmp, MANIFEST), JSON.stringify({ createdAt: now.toISOString(), reason }), { mode: 0o600 });
  // A backup appears only when complete: a crash mid-copy leaves a hidden .tmp folder.
  fs.renameSync(tmp, path.join(root, name));
  for (const old of listBackups(dataDir).slice(KEEP_BACKUPS)) fs.rmSync(path.join(root, old.name), { recursive: true, force: true });
  for (const leftover of fs.readdirSync(root).filter((n) => n.endsWith('.tmp') && n !== path.basename(tmp))) {
    fs.rmSync(path.join(root, leftover), { recursive: true, force: true });
  }
  return listBackups(dataDir).find((b) => b.name === name)!;
}

/** At start: a backup when there is none from the last 24 hours and there is data to keep. */
export function autoBackup(dataDir: string, now: Date): BackupInfo | null {
  if (dataFiles(dataDir).length === 0) return null;
  const latest = listBackups(dataDir)[0];
  if (latest?.createdAt && now.getTime() - new Date(latest.createdAt).getTime() < DAY_MS) return null;
  return createBackup(dataDir, now, 'otomatis');
}

/** Replace the data files by those of a folder (a backup, or an unpacked archive). */
function replaceData(dataDir: string, sourceDir: string): void {
  const incoming = dataFiles(sourceDir).filter((f) => f !== MANIFEST);
  for (const rel of incoming) JSON.parse(fs.readFileSync(path.join(sourceDir, rel), 'utf8'));
  for (const rel of dataFiles(dataDir)) fs.rmSync(path.join(dataDir, rel), { force: true });
  for (const rel of incoming) {
    const target = path.join(dataDir, rel);
    fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
    const tmp = `${target}.tmp`;
    fs.copyFileSync(path.join(sourceDir, rel), tmp);
    fs.chmodSync(tmp, 0o600);
    fs.renameSync(tmp, target);
  }
}

export function restoreBackup(dataDir: string, name: string, now: Date): BackupInfo {
  if (!NAME_RE.test(name)) throw new AppError('not_found', 'Cadangan tidak ditemukan.');
  const dir = path.join(dataDir, BACKUP_DIR, name);
  if (!fs.existsSync(dir)) throw new AppError('not_found', 'Cadangan tidak ditemukan.');
  const before = createBackup(dataDir, now, 'sebelumpulih');
  replaceData(dataDir, dir);
  return before;
}

/** The whole data folder as one zip archive. */
export async function exportArchive(dataDir: string, now: Date): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const rel of dataFiles(dataDir)) zip.file(rel.split(path.sep).join('/'), fs.readFileSync(path.join(dataDir, rel)));
  zip.file(MANIFEST, JSON.stringify({ createdAt: now.toISOString(), reason: 'arsip', app: 'Rakor' }));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const MAX_ARCHIVE_FILES = 100_000;

/** Restore from an archive made by exportArchive; the current state is backed up first. */
export async function importArchive(dataDir: string, bytes: Uint8Array, now: Date): Promise<BackupInfo> {
  const bad = () => new AppError('bad_archive', 'Berkas ini bukan arsip cadangan Rakor yang utuh. Data saat ini tidak diubah.');
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw bad();
  }
  if (!zip.file(MANIFEST)) throw bad();
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  if (entries.length > MAX_ARCHIVE_FILES) throw bad();
  const staging = fs.mkdtempSync(path.join(dataDir, '.pulih-'));
  try {
    for (const entry of entries) {
      const rel = path.normalize(entry.name);
      if (rel.startsWith('..') || path.isAbsolute(rel) || !rel.endsWith('.json')) throw bad();
      const text = await entry.async('string');
      try {
        JSON.parse(text);
      } catch {
        throw bad();
      }
      const target = path.join(staging, rel);
      fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
      fs.writeFileSync(target, text, { mode: 0o600 });
    }
    const before = createBackup(dataDir, now, 'sebelumpulih');
    replaceData(dataDir, staging);
    return before;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
