// The data folder: settings, roster and the meeting index in store files of their own, and
// one store file per meeting, so an edit rewrites that meeting and nothing else. A file that
// cannot be read is moved into "rusak/" (never overwritten) and reported to the user. A folder
// that cannot be written at all (a read-only drive, no write permission) opens read-only:
// everything can be read, exported and printed, and every change is refused with the reason.
import fs from 'node:fs';
import path from 'node:path';
import type { ZodType } from 'zod';
import { MeetingSchema, summarize, type Meeting, type MeetingSummary } from '../../shared/domain/meeting';
import { SettingsSchema, defaultSettings, logoDataUrlProblem, type Settings } from '../../shared/domain/settings';
import { RosterSchema, defaultRoster, type Roster } from '../../shared/domain/roster';
import { CURRENT_VERSION, migrate, NewerSchemaError, type StoreKind } from '../../shared/domain/migrations';
import type { DamagedFile } from '../../shared/contract';
import { AppError, errors } from '../../shared/errors';
import type { JsonFile, JsonFileFactory } from './json-file';
import { notWritableCode } from './writable';

export const DAMAGED_DIR = 'rusak';
export const MEETINGS_DIR = 'rapat';

const KIND_LABEL: Record<StoreKind, string> = {
  meeting: 'rapat',
  settings: 'pengaturan',
  roster: 'roster',
  index: 'indeks rapat',
};

const ID_FILE = /^([A-Za-z0-9_-]{1,60})\.json$/;


/** The reason of a write failure in the user's words ("disk penuh", "folder data hanya-baca"). */
export function storageReason(code: string | undefined): string {
  switch (code) {
    case 'ENOSPC':
      return 'disk penuh';
    case 'EROFS':
      return 'folder data hanya-baca';
    case 'EACCES':
    case 'EPERM':
      return 'tidak ada izin menulis ke folder data';
    default:
      return code ?? 'kesalahan tidak dikenal';
  }
}

/** Turn a write failure into a message the user can act on. */
export function storageError(err: unknown): AppError {
  return errors.storage(storageReason((err as NodeJS.ErrnoException)?.code));
}

export class DataStore {
  readonly damaged: DamagedFile[] = [];
  private index = new Map<string, MeetingSummary>();
  private readonly settingsFile: JsonFile;
  private readonly rosterFile: JsonFile;
  private readonly indexFile: JsonFile;
  private readonly meetingFiles = new Map<string, JsonFile>();
  /** Set when the index on disk lacks a change that is already in memory (its write failed). */
  private indexDirty = false;
  private notWritable: string | null = null;

  constructor(
    readonly dir: string,
    private readonly files: JsonFileFactory,
    private readonly clock: () => Date,
  ) {
    this.settingsFile = files(dir, 'pengaturan');
    this.rosterFile = files(dir, 'roster');
    this.indexFile = files(dir, 'indeks-rapat');
  }

  get meetingsDir(): string {
    return path.join(this.dir, MEETINGS_DIR);
  }

  /**
   * The error code ("EROFS", "EACCES") when the folder was found not writable at open, else
   * null. The folder is then open read-only: nothing is written, not even a migration.
   */
  get readOnly(): string | null {
    return this.notWritable;
  }

  /** Throws the read-only message when the folder is open read-only; for every writer of the folder. */
  assertWritable(): void {
    if (this.notWritable) throw storageError({ code: this.notWritable });
  }

  /** Create the folders, load the index and check every meeting file can be parsed. */
  open(): this {
    this.notWritable = notWritableCode(this.dir);
    if (!this.notWritable) {
      try {
        fs.mkdirSync(this.meetingsDir, { recursive: true, mode: 0o700 });
      } catch (err) {
        // Not writable after all (the check and the drive disagree): open read-only.
        this.notWritable = notWritableCode(this.dir);
        if (!this.notWritable) throw err;
      }
    }
    if (!this.notWritable) {
      try {
        fs.chmodSync(this.dir, 0o700);
      } catch {
        // A folder we do not own (e.g. a shared drive) keeps its permissions.
      }
    }
    this.loadIndex();
    return this;
  }

  /** Read everything again from disk (after a restore replaced the files). */
  reload(): void {
    this.meetingFiles.clear();
    this.loadIndex();
  }

  private loadIndex(): void {
    const stored = this.readEnvelope('index', this.indexFile, '');
    const fromIndex: Record<string, MeetingSummary> =
      stored && typeof stored.meetings === 'object' && stored.meetings ? (stored.meetings as Record<string, MeetingSummary>) : {};
    const onDisk = this.meetingFileNames()
      .map((f) => ID_FILE.exec(f)?.[1])
      .filter((id): id is string => Boolean(id));
    let changed = stored === null;
    this.index = new Map();
    for (const id of onDisk) {
      const known = fromIndex[id];
      // A quick parse of every file at start finds one damaged by a power cut, while the
      // full schema check waits until the meeting is opened.
      const file = this.meetingFile(id);
      let raw: Record<string, unknown> | null;
      try {
        raw = file.read();
      } catch (err) {
        this.moveAside('meeting', file.path, known?.title ?? id, (err as Error).message);
        changed = true;
        continue;
      }
      if (known && raw) {
        this.index.set(id, known);
      } else if (raw) {
        try {
          this.index.set(id, summarize(this.parseMeeting(id, raw)));
          changed = true;
        } catch {
          // parseMeeting already moved the file aside and reported it.
          changed = true;
        }
      }
    }
    if (Object.keys(fromIndex).length !== this.index.size) changed = true;
    // An empty folder stays empty until the user saves something.
    if (stored === null && this.index.size === 0) changed = false;
    if (changed) this.writeIndex();
  }

  private meetingFileNames(): string[] {
    try {
      return fs.readdirSync(this.meetingsDir);
    } catch (err) {
      // A read-only folder that never held a meeting has no rapat/ and cannot get one.
      if (this.notWritable && (err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
  }

  /** The index is a cache of the meeting files; read-only, it lives in memory only. */
  private writeIndex(): void {
    if (this.notWritable) return;
    this.write(this.indexFile, {
      schemaVersion: CURRENT_VERSION.index,
      meetings: Object.fromEntries(this.index),
    });
    this.indexDirty = false;
  }

  private meetingFile(id: string): JsonFile {
    let f = this.meetingFiles.get(id);
    if (!f) {
      f = this.files(this.meetingsDir, id);
      this.meetingFiles.set(id, f);
    }
    return f;
  }

  private write(file: JsonFile, data: Record<string, unknown>): void {
    this.assertWritable();
    try {
      file.write(data);
    } catch (err) {
      throw storageError(err);
    }
  }

  /** Move a file that cannot be used into rusak/, with the time in its name, and report it. */
  private moveAside(kind: StoreKind, filePath: string, title: string, reason: string): void {
    if (this.notWritable) {
      // It cannot be moved; it is left where it is, and still named to the user.
      if (!this.damaged.some((d) => d.movedTo === filePath)) {
        this.damaged.push({ kind, title, movedTo: filePath, reason: reason.slice(0, 300), at: this.clock().toISOString() });
      }
      return;
    }
    const damagedDir = path.join(this.dir, DAMAGED_DIR);
    fs.mkdirSync(damagedDir, { recursive: true, mode: 0o700 });
    const stamp = this.clock().toISOString().replace(/[:.]/g, '-');
    const target = path.join(damagedDir, `${path.basename(filePath, '.json')}.${stamp}.json`);
    fs.renameSync(filePath, target);
    this.damaged.push({ kind, title, movedTo: target, reason: reason.slice(0, 300), at: this.clock().toISOString() });
  }

  /** Read, migrate and return an envelope; a damaged one is moved aside and null returned. */
  private readEnvelope(kind: StoreKind, file: JsonFile, title: string): Record<string, unknown> | null {
    let raw: Record<string, unknown> | null;
    try {
      raw = file.read();
    } catch (err) {
      this.moveAside(kind, file.path, title || KIND_LABEL[kind], (err as Error).message);
      return null;
    }
    if (raw === null) return null;
    try {
      const { envelope, changed } = migrate(kind, raw);
      if (changed && !this.notWritable) this.write(file, envelope);
      return envelope;
    } catch (err) {
      if (err instanceof NewerSchemaError) {
        throw new AppError('newer_schema', `Berkas ${KIND_LABEL[kind]} dibuat oleh versi Rakor yang lebih baru. Perbarui aplikasi ini.`);
      }
      this.moveAside(kind, file.path, title || KIND_LABEL[kind], (err as Error).message);
      return null;
    }
  }

  private validated<T>(kind: StoreKind, file: JsonFile, schema: ZodType<T>, value: unknown, title: string): T | null {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    const reason = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; ');
    this.moveAside(kind, file.path, title, `Isi berkas tidak sesuai skema (${reason})`);
    return null;
  }

  getSettings(): Settings {
    const env = this.readEnvelope('settings', this.settingsFile, '');
    if (!env) return defaultSettings();
    const stored = { ...defaultSettings(), ...(env.settings as object) } as Settings;
    // A logo that an older Rakor let settings/save store (an SVG, a web address) is left out,
    // not taken for damage: the rest of the settings stay in use.
    const logo: unknown = stored.organisation?.logoDataUrl;
    if (typeof logo === 'string' && logoDataUrlProblem(logo)) stored.organisation = { ...stored.organisation, logoDataUrl: '' };
    return this.validated('settings', this.settingsFile, SettingsSchema, stored, 'pengaturan') ?? defaultSettings();
  }

  saveSettings(settings: Settings): void {
    this.write(this.settingsFile, { schemaVersion: CURRENT_VERSION.settings, settings });
  }

  getRoster(): Roster {
    const env = this.readEnvelope('roster', this.rosterFile, '');
    if (!env) return defaultRoster();
    return this.validated('roster', this.rosterFile, RosterSchema, env.roster, 'roster') ?? defaultRoster();
  }

  saveRoster(roster: Roster): void {
    this.write(this.rosterFile, { schemaVersion: CURRENT_VERSION.roster, roster });
  }

  listMeetings(): MeetingSummary[] {
    return [...this.index.values()];
  }

  hasMeeting(id: string): boolean {
    return this.index.has(id);
  }

  private parseMeeting(id: string, envelopeRaw: Record<string, unknown>): Meeting {
    const file = this.meetingFile(id);
    const title = this.index.get(id)?.title ?? id;
    let envelope: Record<string, unknown>;
    try {
      const res = migrate('meeting', envelopeRaw);
      envelope = res.envelope;
      if (res.changed && !this.notWritable) this.write(file, envelope);
    } catch (err) {
      if (err instanceof NewerSchemaError) {
        throw new AppError('newer_schema', `Rapat "${title}" dibuat oleh versi Rakor yang lebih baru. Perbarui aplikasi ini.`);
      }
      this.moveAside('meeting', file.path, title, (err as Error).message);
      this.forget(id);
      throw errors.damaged(`Rapat "${title}"`);
    }
    const meeting = this.validated('meeting', file, MeetingSchema, envelope.meeting, title);
    if (!meeting || meeting.id !== id) {
      if (meeting) this.moveAside('meeting', file.path, title, 'Id rapat tidak cocok dengan nama berkas');
      this.forget(id);
      throw errors.damaged(`Rapat "${title}"`);
    }
    return meeting;
  }

  private forget(id: string): void {
    if (this.index.delete(id)) this.writeIndex();
  }

  getMeeting(id: string): Meeting {
    const file = this.meetingFile(id);
    let raw: Record<string, unknown> | null;
    try {
      raw = file.read();
    } catch (err) {
      const title = this.index.get(id)?.title ?? id;
      this.moveAside('meeting', file.path, title, (err as Error).message);
      this.forget(id);
      throw errors.damaged(`Rapat "${title}"`);
    }
    if (!raw) {
      this.forget(id);
      throw errors.notFound('Rapat');
    }
    return this.parseMeeting(id, raw);
  }

  saveMeeting(meeting: Meeting): void {
    this.write(this.meetingFile(meeting.id), { schemaVersion: CURRENT_VERSION.meeting, meeting });
    const summary = summarize(meeting);
    const before = this.index.get(meeting.id);
    const changed = !before || JSON.stringify(before) !== JSON.stringify(summary);
    if (!changed && !this.indexDirty) return;
    this.index.set(meeting.id, summary);
    try {
      this.writeIndex();
    } catch (err) {
      // A new meeting is saved once its own file is written: the index is rebuilt from the
      // meeting files at start, so reporting a failure here (a full disk) would be untrue and
      // invite the user to create it twice. The index is written again with the next change.
      if (before && changed) throw err;
      this.indexDirty = true;
    }
  }

  /** Remove a meeting file for good (only from the bin). */
  purgeMeeting(id: string): void {
    this.assertWritable();
    const file = this.meetingFile(id);
    try {
      fs.rmSync(file.path, { force: true });
    } catch (err) {
      throw storageError(err);
    }
    this.meetingFiles.delete(id);
    this.forget(id);
  }

  dismissDamaged(): void {
    this.damaged.length = 0;
  }
}
