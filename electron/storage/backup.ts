// Backups of the data: automatic copies in cadangan/ (at start, at most once a day, the last 10
// kept) and one archive file to carry on a USB stick to another computer. Both hold exactly the
// files DATA_FILES declares. A restore (from either) reads every file with the schemas used at
// start, writes a complete new generation of the data, backs up the current state, and only then
// switches to it (layout.ts); anything that does not fit refuses the whole restore, unchanged.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { AppError } from '../../shared/errors';
import { CURRENT_VERSION, migrate, NewerSchemaError } from '../../shared/domain/migrations';
import { summarize, type Meeting, type MeetingSummary } from '../../shared/domain/meeting';
import { checkMeetingRules } from '../../shared/domain/meeting-rules';
import type { Roster } from '../../shared/domain/roster';
import { dataFileKind, listDataFiles, storageError, type DataStore } from './data-store';
import { ensureDir, flushToDisk, markComplete, newGeneration, readPointer, removeOtherGenerations, writePointer } from './layout';
import { readZipEntries, ZipRefusedError } from './zip-reader';
import type { BackupInfo } from '../../shared/contract/backups';

export type { BackupInfo };

export const BACKUP_DIR = 'cadangan';
export const KEEP_BACKUPS = 10;
const DAY_MS = 24 * 3600_000;
const MANIFEST = 'rakor-cadangan.json';
const NAME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(-[a-z]+)?(-\d+)?$/;

/** Steps of a restore, in order; a test stops the process at each and opens the folder again. */
export const RESTORE_STEPS = ['file-staged', 'staged', 'safety-backup', 'marked-complete', 'pointer-written', 'old-removed', 'rotated'] as const;
export type RestoreStep = (typeof RESTORE_STEPS)[number];
export type OnRestoreStep = (step: RestoreStep) => void;

const nativePath = (rel: string) => rel.split('/').join(path.sep);

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

export function listBackups(root: string): BackupInfo[] {
  const dir = path.join(root, BACKUP_DIR);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((n) => NAME_RE.test(n) && fs.statSync(path.join(dir, n)).isDirectory())
    .sort()
    .reverse()
    .map((name) => {
      const backup = path.join(dir, name);
      const files = listDataFiles(backup);
      const bytes = files.reduce((sum, f) => sum + fs.statSync(path.join(backup, nativePath(f))).size, 0);
      const m = readManifest(backup);
      return { name, createdAt: m.createdAt, reason: m.reason, files: files.length, bytes };
    });
}

/**
 * When the newest backup was made (listBackups' first), from its manifest alone: at every start,
 * without counting and measuring the files of every backup.
 */
function newestBackupCreatedAt(root: string): string {
  const dir = path.join(root, BACKUP_DIR);
  if (!fs.existsSync(dir)) return '';
  const newest = fs
    .readdirSync(dir)
    .filter((n) => NAME_RE.test(n) && fs.statSync(path.join(dir, n)).isDirectory())
    .sort()
    .at(-1);
  return newest ? readManifest(path.join(dir, newest)).createdAt : '';
}

/** Keep the newest KEEP_BACKUPS; `keep` (the backup just restored) is never removed. */
function rotate(root: string, keep?: string): void {
  const dir = path.join(root, BACKUP_DIR);
  const removable = listBackups(root).filter((b) => b.name !== keep);
  const allowed = keep && listBackups(root).some((b) => b.name === keep) ? KEEP_BACKUPS - 1 : KEEP_BACKUPS;
  for (const old of removable.slice(allowed)) fs.rmSync(path.join(dir, old.name), { recursive: true, force: true });
  for (const leftover of fs.readdirSync(dir).filter((n) => n.startsWith('.') && n.endsWith('.tmp'))) {
    fs.rmSync(path.join(dir, leftover), { recursive: true, force: true });
  }
}

/** Copy the data files into cadangan/<time>/; old ones are rotated out unless `rotateNow` is false. */
export function createBackup(store: DataStore, now: Date, reason: string, rotateNow = true): BackupInfo {
  const root = path.join(store.root, BACKUP_DIR);
  const base = `${stampOf(now)}-${reason.replace(/[^a-z]/g, '') || 'manual'}`;
  let name = base;
  for (let i = 2; fs.existsSync(path.join(root, name)); i++) name = `${base}-${i}`;
  const tmp = path.join(root, `.${name}.tmp`);
  ensureDir(tmp);
  for (const rel of listDataFiles(store.dir)) {
    const target = path.join(tmp, nativePath(rel));
    ensureDir(path.dirname(target));
    fs.copyFileSync(path.join(store.dir, nativePath(rel)), target);
    fs.chmodSync(target, 0o600);
  }
  fs.writeFileSync(path.join(tmp, MANIFEST), JSON.stringify({ createdAt: now.toISOString(), reason }), { mode: 0o600 });
  // A backup appears only when complete: a crash mid-copy leaves a hidden .tmp folder.
  fs.renameSync(tmp, path.join(root, name));
  if (rotateNow) rotate(store.root);
  return listBackups(store.root).find((b) => b.name === name)!;
}

/** At start: a backup when there is none from the last 24 hours and there is data to keep. */
export function autoBackup(store: DataStore, now: Date): BackupInfo | null {
  if (listDataFiles(store.dir).length === 0) return null;
  const latest = newestBackupCreatedAt(store.root);
  if (latest && now.getTime() - new Date(latest).getTime() < DAY_MS) return null;
  return createBackup(store, now, 'otomatis');
}

const refused = (why: string) => new AppError('bad_archive', `${why} Data saat ini tidak diubah.`);
const notRakor = (why: string) => refused(`Berkas ini bukan arsip cadangan Rakor yang utuh: ${why}`);

/**
 * The rules every meeting written from outside must keep (shared/domain/meeting-rules.ts, the
 * same the handlers apply to a copy), checked against the roster the archive brings (or, when it
 * brings none, the roster in use). A meeting that breaks one refuses the whole import. A restore
 * from Rakor's own backups is checked as at start (schema and migration), so a backup of data
 * that opens today always restores.
 */
function archiveMeetingProblems(meetings: readonly Meeting[], roster: Roster): string | null {
  for (const meeting of meetings) {
    const problems = checkMeetingRules(meeting, roster);
    if (problems.length) return `rapat "${meeting.title.slice(0, 80)}" tidak memenuhi aturan rapat (${problems.slice(0, 3).join('; ')}).`;
  }
  return null;
}

/**
 * Builds the new generation of the data from the files of a backup or an archive: each file
 * must be one DATA_FILES declares, and is parsed, migrated and checked as at start before it
 * is written (migrated) into the new folder. The index is built from the meetings themselves.
 */
class RestoreStaging {
  readonly folder: string;
  private readonly dir: string;
  private readonly meetings = new Map<string, MeetingSummary>();
  private readonly written: string[] = [];
  private readonly meetingRecords: Meeting[] = [];
  private roster: Roster | null = null;
  private manifest = false;

  constructor(
    private readonly root: string,
    private readonly onStep: OnRestoreStep,
  ) {
    this.folder = newGeneration(root);
    this.dir = path.join(root, this.folder);
  }

  add(rel: string, bytes: Buffer): void {
    if (rel === MANIFEST) {
      this.manifest = true;
      return;
    }
    const kind = dataFileKind(rel);
    if (!kind) throw notRakor(`berkas "${rel.slice(0, 80)}" bukan bagian dari data Rakor.`);
    let envelope: Record<string, unknown>;
    try {
      const raw: unknown = JSON.parse(bytes.toString('utf8'));
      if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error('not an object');
      envelope = migrate(kind.kind, raw as Record<string, unknown>).envelope;
    } catch (err) {
      if (err instanceof NewerSchemaError) {
        throw refused(`Cadangan ini dibuat oleh versi Rakor yang lebih baru (berkas "${rel}"). Perbarui aplikasi ini, lalu pulihkan lagi.`);
      }
      throw notRakor(`berkas "${rel}" rusak.`);
    }
    const parsed = kind.parse(envelope, rel);
    if (!parsed.ok) throw notRakor(`berkas "${rel}" tidak dapat dibaca (${parsed.reason.slice(0, 200)}).`);
    if (kind.kind === 'index') return; // rebuilt from the meetings in finish()
    if (kind.kind === 'roster') this.roster = parsed.value as Roster;
    if (kind.kind === 'meeting') {
      const meeting = parsed.value as Meeting;
      this.meetingRecords.push(meeting);
      this.meetings.set(meeting.id, summarize(meeting));
    }
    this.write(rel, envelope);
  }

  private write(rel: string, envelope: Record<string, unknown>): void {
    const target = path.join(this.dir, nativePath(rel));
    fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
    fs.writeFileSync(target, JSON.stringify(envelope, undefined, '\t'), { mode: 0o600 });
    this.written.push(target);
    this.onStep('file-staged');
  }

  /**
   * Write the index and flush every file to the disk; the generation is complete but not in use
   * until the pointer is switched to it.
   */
  async finish(requireManifest: boolean, rulesRoster: Roster | null): Promise<void> {
    if (requireManifest && !this.manifest) throw notRakor('tidak ada keterangan cadangan Rakor di dalamnya.');
    if (this.written.length === 0) throw refused('Cadangan ini tidak berisi data Rakor.');
    if (rulesRoster) {
      const problem = archiveMeetingProblems(this.meetingRecords, this.roster ?? rulesRoster);
      if (problem) throw notRakor(problem);
    }
    this.write('indeks-rapat.json', { schemaVersion: CURRENT_VERSION.index, meetings: Object.fromEntries(this.meetings) });
    fs.mkdirSync(path.join(this.dir, 'rapat'), { recursive: true, mode: 0o700 });
    await flushToDisk(this.written);
    this.onStep('staged');
  }

  /**
   * Mark it complete. Only after the safety backup: a start that finds no readable pointer
   * adopts the newest complete generation, and the data it replaces must be in cadangan/ then.
   */
  markComplete(): void {
    markComplete(this.root, this.folder);
    this.onStep('marked-complete');
  }

  discard(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Fill a staging generation, back up the current state, switch to the new data, then rotate. */
async function restoreFrom(
  store: DataStore,
  now: Date,
  fill: (staging: RestoreStaging) => Promise<void>,
  opts: { requireManifest: boolean; checkRules?: boolean; keep?: string; onStep?: OnRestoreStep },
): Promise<BackupInfo> {
  const onStep = opts.onStep ?? (() => {});
  if (!readPointer(store.root)) {
    throw new AppError('storage', 'Folder data tidak dapat ditulis, jadi cadangan tidak dapat dipulihkan. Data saat ini tidak diubah.');
  }
  let staging: RestoreStaging;
  try {
    staging = new RestoreStaging(store.root, onStep);
  } catch (err) {
    throw storageError(err);
  }
  let safety: BackupInfo;
  try {
    await fill(staging);
    await staging.finish(opts.requireManifest, opts.checkRules ? store.getRoster() : null);
    // Rotation waits until the restore succeeded, and never takes the backup being restored.
    safety = createBackup(store, now, 'sebelumpulih', false);
    onStep('safety-backup');
    staging.markComplete();
    writePointer(store.root, staging.folder);
    onStep('pointer-written');
  } catch (err) {
    try {
      staging.discard();
    } catch {
      // Removed at the next start: the pointer does not name it.
    }
    if (err instanceof AppError) throw err;
    throw storageError(err);
  }
  // From here on the new data is in use, whatever happens next.
  store.switchTo(path.join(store.root, staging.folder));
  try {
    removeOtherGenerations(store.root, staging.folder);
    onStep('old-removed');
    rotate(store.root, opts.keep);
    onStep('rotated');
  } catch {
    // Tidying up only: retried at the next start and the next backup.
  }
  return safety;
}

/** Restore one of the backups in cadangan/; the current state is backed up first (returned). */
export async function restoreBackup(store: DataStore, name: string, now: Date, onStep?: OnRestoreStep): Promise<BackupInfo> {
  if (!NAME_RE.test(name)) throw new AppError('not_found', 'Cadangan tidak ditemukan.');
  const dir = path.join(store.root, BACKUP_DIR, name);
  if (!fs.existsSync(dir)) throw new AppError('not_found', 'Cadangan tidak ditemukan.');
  return restoreFrom(
    store,
    now,
    async (staging) => {
      for (const rel of listDataFiles(dir)) staging.add(rel, fs.readFileSync(path.join(dir, nativePath(rel))));
    },
    { requireManifest: false, keep: name, onStep },
  );
}

/** The whole data as one zip archive: the declared data files and a manifest. */
export async function exportArchive(store: DataStore, now: Date): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const rel of listDataFiles(store.dir)) zip.file(rel, fs.readFileSync(path.join(store.dir, nativePath(rel))));
  zip.file(MANIFEST, JSON.stringify({ createdAt: now.toISOString(), reason: 'arsip', app: 'Rakor' }));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Restore from an archive made by exportArchive; the current state is backed up first (returned). */
export async function importArchive(store: DataStore, bytes: Uint8Array, now: Date, onStep?: OnRestoreStep): Promise<BackupInfo> {
  return restoreFrom(
    store,
    now,
    async (staging) => {
      try {
        await readZipEntries(bytes, (name, data) => staging.add(name, data));
      } catch (err) {
        if (err instanceof ZipRefusedError) {
          throw refused(err.reason === 'not_zip' ? 'Berkas ini bukan arsip cadangan Rakor yang utuh.' : err.message);
        }
        throw err;
      }
    },
    { requireManifest: true, checkRules: true, onStep },
  );
}
