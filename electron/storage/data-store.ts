// The data folder: settings, roster and the meeting index in store files of their own, and
// one store file per meeting, so an edit rewrites that meeting and nothing else. A file that
// cannot be read is moved into "rusak/" (never overwritten) and reported to the user. The data
// files sit in one generation folder of the data folder (see layout.ts); DATA_FILES below is the
// one list of the files they are, used by backups, the archive and restores alike. A folder
// that cannot be written at all (a read-only drive, no write permission) opens read-only:
// everything can be read, exported and printed, and every change is refused with the reason.
import fs from 'node:fs';
import path from 'node:path';
import type { ZodType } from 'zod';
import { MeetingSchema, summarize, type Meeting, type MeetingSummary } from '../../shared/domain/meeting';
import { SettingsSchema, defaultSettings, logoDataUrlProblem, type Settings } from '../../shared/domain/settings';
import { RosterSchema, defaultRoster, type Roster } from '../../shared/domain/roster';
import { LearnedNamesSchema, emptyLearnedNames, type LearnedNames } from '../../shared/domain/learned-names';
import { TrackerSchema, emptyTracker, type Tracker } from '../../shared/domain/follow-ups';
import { PhotoListSchema, type Photo } from '../../shared/domain/photos';
import { CURRENT_VERSION, migrate, NewerSchemaError, type StoreKind } from '../../shared/domain/migrations';
import { markSchemaKept } from '../../shared/domain/meeting-rules';
import type { DamagedFile } from '../../shared/contract';
import { AppError, errors } from '../../shared/errors';
import { atomicJsonFile, type JsonFile, type JsonFileFactory } from './json-file';
import { notWritableCode } from './writable';
import { resolveDataFolder, type MigrationStep } from './layout';

export const DAMAGED_DIR = 'rusak';
export const MEETINGS_DIR = 'rapat';
/** Documentation photos of a meeting, one store file per meeting: foto/<id>.json. */
export const PHOTOS_DIR = 'foto';

const KIND_LABEL: Record<StoreKind, string> = {
  meeting: 'rapat',
  settings: 'pengaturan',
  roster: 'roster',
  index: 'indeks rapat',
  learned: 'nama yang dipelajari',
  followups: 'tindak lanjut',
  photos: 'foto dokumentasi',
};

const ID_FILE = /^([A-Za-z0-9_-]{1,60})\.json$/;
const SETTINGS_FILE = 'pengaturan';
const ROSTER_FILE = 'roster';
const INDEX_FILE = 'indeks-rapat';
const LEARNED_FILE = 'nama-dikenal';
const TRACKER_FILE = 'tindak-lanjut';

/** A parse with the schema the app reads a file with: the value, or why it does not fit. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

function parsedBy<T>(schema: ZodType<T>, value: unknown): Parsed<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const reason = parsed.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.')}: ${i.message}`)
    .join('; ');
  return { ok: false, reason: `Isi berkas tidak sesuai skema (${reason})` };
}

/** Each of these takes a migrated envelope, as read at start and as restored. */
export function parseSettingsEnvelope(env: Record<string, unknown>): Parsed<Settings> {
  const stored = { ...defaultSettings(), ...(env.settings as object) } as Settings;
  // A logo that an older Rakor let settings/save store (an SVG, a web address) is left out,
  // not taken for damage: the rest of the settings stay in use, at start as in a restore.
  const logo: unknown = stored.organisation?.logoDataUrl;
  if (typeof logo === 'string' && logoDataUrlProblem(logo)) stored.organisation = { ...stored.organisation, logoDataUrl: '' };
  return parsedBy(SettingsSchema, stored);
}
export const parseTrackerEnvelope = (env: Record<string, unknown>): Parsed<Tracker> => parsedBy(TrackerSchema, env.tracker);
export const parseRosterEnvelope = (env: Record<string, unknown>): Parsed<Roster> => parsedBy(RosterSchema, env.roster);
export function parseMeetingEnvelope(env: Record<string, unknown>, id: string): Parsed<Meeting> {
  const parsed = parsedBy(MeetingSchema, env.meeting);
  if (parsed.ok && parsed.value.id !== id) return { ok: false, reason: 'Id rapat tidak cocok dengan nama berkas' };
  return parsed;
}
export const parseLearnedEnvelope = (env: Record<string, unknown>): Parsed<LearnedNames> => parsedBy(LearnedNamesSchema, env.learned);
export function parseIndexEnvelope(env: Record<string, unknown>): Parsed<Record<string, MeetingSummary>> {
  const meetings = env.meetings;
  if (!meetings || typeof meetings !== 'object' || Array.isArray(meetings)) return { ok: false, reason: 'Indeks tanpa daftar rapat' };
  return { ok: true, value: meetings as Record<string, MeetingSummary> };
}

export const parsePhotosEnvelope = (env: Record<string, unknown>): Parsed<Photo[]> => parsedBy(PhotoListSchema, env.photos);

/** One kind of file a data folder holds: where it sits and how it is read. */
export interface DataFileKind {
  kind: StoreKind;
  /** Path inside the data folder, with "/" separators; a capture group holds a meeting's id. */
  path: RegExp;
  /** The sub-folder its files sit in, when they are not directly in the data folder. */
  folder?: string;
  /** Parse a migrated envelope with the same schema the app reads it with at start. */
  parse(envelope: Record<string, unknown>, rel: string): Parsed<unknown>;
}

/**
 * Every file a Rakor data folder holds. Backups copy exactly these, the archive carries exactly
 * these, and a restore accepts nothing else. A feature that stores a new kind of file adds it
 * here (and to the set in tests/electron/data-files.test.ts, which checks it survives a backup
 * and a restore).
 */
export const DATA_FILES: readonly DataFileKind[] = [
  { kind: 'settings', path: new RegExp(`^${SETTINGS_FILE}\\.json$`), parse: parseSettingsEnvelope },
  { kind: 'roster', path: new RegExp(`^${ROSTER_FILE}\\.json$`), parse: parseRosterEnvelope },
  { kind: 'index', path: new RegExp(`^${INDEX_FILE}\\.json$`), parse: parseIndexEnvelope },
  { kind: 'learned', path: new RegExp(`^${LEARNED_FILE}\\.json$`), parse: parseLearnedEnvelope },
  { kind: 'followups', path: new RegExp(`^${TRACKER_FILE}\\.json$`), parse: parseTrackerEnvelope },
  {
    kind: 'meeting',
    path: new RegExp(`^${MEETINGS_DIR}/([A-Za-z0-9_-]{1,60})\\.json$`),
    folder: MEETINGS_DIR,
    parse: (env, rel) => parseMeetingEnvelope(env, meetingIdOf(rel)!),
  },
  {
    kind: 'photos',
    path: new RegExp(`^${PHOTOS_DIR}/([A-Za-z0-9_-]{1,60})\\.json$`),
    folder: PHOTOS_DIR,
    parse: parsePhotosEnvelope,
  },
];

/** The declared kind of a path inside the data folder ("/" separators), or undefined. */
export function dataFileKind(rel: string): DataFileKind | undefined {
  return DATA_FILES.find((k) => k.path.test(rel));
}

/** The meeting id a path names ("rapat/<id>.json"), or null. */
export function meetingIdOf(rel: string): string | null {
  const kind = DATA_FILES.find((k) => k.kind === 'meeting')!;
  return kind.path.exec(rel)?.[1] ?? null;
}

/** The declared data files present in a folder, as relative paths with "/" separators, sorted. */
export function listDataFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string, depth: number) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(rel ? path.join(dir, rel) : dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const r = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isFile() && dataFileKind(r)) out.push(r);
      else if (entry.isDirectory() && depth === 0 && DATA_FILES.some((k) => k.folder === entry.name)) walk(r, depth + 1);
    }
  };
  walk('', 0);
  return out.sort();
}

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

/**
 * A cheap fingerprint of a file (inode, modified time, size), or null when there is none: every
 * atomic write replaces the file, so a changed file has a new stamp.
 */
function fileStamp(filePath: string): string | null {
  try {
    const st = fs.statSync(filePath);
    return `${st.ino}:${st.mtimeMs}:${st.size}`;
  } catch {
    return null;
  }
}

/** Freeze an object and everything in it (parts already frozen, shared with an earlier version, are skipped). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Beside the index, not a data file: see DataStore.stampsFile. */
const STAMPS_FILE = 'indeks-rapat-stempel';

export class DataStore {
  readonly damaged: DamagedFile[] = [];
  private index = new Map<string, MeetingSummary>();
  private settingsFile!: JsonFile;
  private rosterFile!: JsonFile;
  private indexFile!: JsonFile;
  private learnedFile!: JsonFile;
  private trackerFile!: JsonFile;
  private readonly meetingFiles = new Map<string, JsonFile>();
  /**
   * Each meeting as last read or stored, with the stamp its file had then (see meetingStamp).
   * A meeting is read again only when its file has another stamp: every intent reads the
   * meeting it changes, and reading, parsing and checking a whole meeting was a third of an
   * intent's time. The objects are frozen, so no caller can change one behind the file's back.
   */
  private readonly meetingCache = new Map<string, { stamp: string; meeting: Meeting }>();
  /** The stamp of each meeting file known whole: parsed at a start, or written by this store. */
  private readonly checked = new Map<string, string>();
  /** The roster as last read, with its file's stamp: every change of a meeting checks against it. */
  private rosterCache: { stamp: string; roster: Roster } | null = null;
  /** Set when the index on disk lacks a change that is already in memory (its write failed). */
  private indexDirty = false;
  private notWritable: string | null = null;
  private dataDir: string;

  /** `root` is the data folder (userData in Electron); the data files sit in a folder inside it. */
  constructor(
    readonly root: string,
    private readonly files: JsonFileFactory,
    private readonly clock: () => Date,
  ) {
    this.dataDir = root;
  }

  /** The folder that holds the data files now (it changes when a restore switches generations). */
  get dir(): string {
    return this.dataDir;
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

  /**
   * Find the data files (moving a folder of an older Rakor into the current layout once),
   * create the folders, load the index and check every meeting file can be parsed.
   */
  open(options: { onMigrationStep?: (step: MigrationStep) => void } = {}): this {
    this.notWritable = notWritableCode(this.root);
    if (!this.notWritable) {
      try {
        fs.mkdirSync(this.root, { recursive: true, mode: 0o700 });
      } catch (err) {
        // Not writable after all (the check and the drive disagree): open read-only.
        this.notWritable = notWritableCode(this.root);
        if (!this.notWritable) throw err;
      }
    }
    if (!this.notWritable) {
      try {
        fs.chmodSync(this.root, 0o700);
      } catch {
        // A folder we do not own (e.g. a shared drive) keeps its permissions.
      }
    }
    // On a read-only folder the move into the current layout fails at its first write and the
    // data are read where they are.
    this.bind(resolveDataFolder(this.root, listDataFiles, options.onMigrationStep));
    if (!this.notWritable) fs.mkdirSync(this.meetingsDir, { recursive: true, mode: 0o700 });
    this.loadIndex();
    return this;
  }

  private bind(dataDir: string): void {
    this.dataDir = dataDir;
    this.settingsFile = this.files(dataDir, SETTINGS_FILE);
    this.rosterFile = this.files(dataDir, ROSTER_FILE);
    this.indexFile = this.files(dataDir, INDEX_FILE);
    this.learnedFile = this.files(dataDir, LEARNED_FILE);
    this.trackerFile = this.files(dataDir, TRACKER_FILE);
    this.meetingFiles.clear();
    this.meetingCache.clear();
    this.checked.clear();
    this.rosterCache = null;
  }

  /** Read everything from `dataDir` from now on (after a restore switched to a new generation). */
  switchTo(dataDir: string): void {
    this.bind(dataDir);
    this.loadIndex();
  }

  /** Read everything again from disk. */
  reload(): void {
    this.meetingFiles.clear();
    this.meetingCache.clear();
    this.checked.clear();
    this.rosterCache = null;
    this.loadIndex();
  }

  private loadIndex(): void {
    const stored = this.readEnvelope('index', this.indexFile, '');
    const fromIndex: Record<string, MeetingSummary> =
      stored && typeof stored.meetings === 'object' && stored.meetings ? (stored.meetings as Record<string, MeetingSummary>) : {};
    const checkedBefore = this.readStamps();
    const onDisk = this.meetingFileNames()
      .map((f) => ID_FILE.exec(f)?.[1])
      .filter((id): id is string => Boolean(id));
    let changed = stored === null;
    this.index = new Map();
    this.checked.clear();
    for (const id of onDisk) {
      const known = fromIndex[id];
      // A file with the stamp it had when this store last wrote it whole (or parsed it at a
      // start) is that same file: it needs no second look. Written to a temporary file,
      // flushed and renamed, it is whole; any other change (a power cut, a copy, an edit, a
      // restore) gives it another inode, time or size, and it is parsed as below.
      const stamp = this.meetingStamp(id);
      if (known && stamp !== null && checkedBefore[id] === stamp) {
        this.index.set(id, known);
        this.checked.set(id, stamp);
        continue;
      }
      // A quick parse of every other file finds one damaged by a power cut, while the full
      // schema check waits until the meeting is opened.
      const file = this.meetingFile(id);
      let raw: Record<string, unknown> | null;
      try {
        raw = file.read();
      } catch (err) {
        this.moveAside('meeting', file.path, known?.title ?? id, (err as Error).message);
        changed = true;
        continue;
      }
      if (raw && stamp !== null) this.checked.set(id, stamp);
      if (known && raw) {
        this.index.set(id, known);
        // The stamp is new to the index: written with it, the next start needs no parse.
        if (checkedBefore[id] !== stamp) changed = true;
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
    this.writeStamps();
  }

  /**
   * The stamp of each meeting file as it was last known whole (see loadIndex), in a file of its
   * own beside the index. Inodes and times mean nothing on another disk, so it is not a data
   * file: backups and archives leave it out, and after a restore every file is parsed once.
   * Lost or damaged, it only costs the next start a parse of every file.
   */
  private stampsFile(): JsonFile {
    return atomicJsonFile(this.dir, STAMPS_FILE);
  }

  private readStamps(): Record<string, unknown> {
    try {
      const data = this.stampsFile().read();
      const checked = data?.checked;
      return checked && typeof checked === 'object' && !Array.isArray(checked) ? (checked as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }

  private writeStamps(): void {
    if (this.notWritable) return;
    try {
      this.stampsFile().write({ checked: Object.fromEntries([...this.checked].filter(([id]) => this.index.has(id))) });
    } catch {
      // A cache: without it the next start parses every meeting file, as it did before.
    }
  }

  private meetingFile(id: string): JsonFile {
    let f = this.meetingFiles.get(id);
    if (!f) {
      // Written on every change during a rakor: the direct atomic write (see json-file.ts).
      f = atomicJsonFile(this.meetingsDir, id);
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
    // rusak/ sits beside the generations, so a restore never takes damaged files away.
    const damagedDir = path.join(this.root, DAMAGED_DIR);
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

  private validated<T>(kind: StoreKind, file: JsonFile, parsed: Parsed<T>, title: string): T | null {
    if (parsed.ok) return parsed.value;
    this.moveAside(kind, file.path, title, parsed.reason);
    return null;
  }

  getSettings(): Settings {
    const env = this.readEnvelope('settings', this.settingsFile, '');
    // No settings file yet: a new data folder, whose organisation the first-start screen asks for.
    if (!env) return { ...defaultSettings(), setupPending: true };
    return this.validated('settings', this.settingsFile, parseSettingsEnvelope(env), 'pengaturan') ?? defaultSettings();
  }

  saveSettings(settings: Settings): void {
    this.write(this.settingsFile, { schemaVersion: CURRENT_VERSION.settings, settings });
  }

  getRoster(): Roster {
    const stamp = fileStamp(this.rosterFile.path);
    if (stamp !== null && this.rosterCache?.stamp === stamp) return this.rosterCache.roster;
    const env = this.readEnvelope('roster', this.rosterFile, '');
    if (!env) return defaultRoster();
    const roster = this.validated('roster', this.rosterFile, parseRosterEnvelope(env), 'roster');
    if (!roster) return defaultRoster();
    // Kept only when the file did not change while it was read (a migration writes it again).
    if (stamp !== null && fileStamp(this.rosterFile.path) === stamp) this.rosterCache = { stamp, roster: deepFreeze(roster) };
    return roster;
  }

  saveRoster(roster: Roster): void {
    this.rosterCache = null;
    this.write(this.rosterFile, { schemaVersion: CURRENT_VERSION.roster, roster });
  }

  /** Names learned across meetings (personal data, see learned-names.ts). */
  getLearnedNames(): LearnedNames {
    const env = this.readEnvelope('learned', this.learnedFile, '');
    if (!env) return emptyLearnedNames();
    return this.validated('learned', this.learnedFile, parseLearnedEnvelope(env), 'nama yang dipelajari') ?? emptyLearnedNames();
  }

  saveLearnedNames(learned: LearnedNames): void {
    this.write(this.learnedFile, { schemaVersion: CURRENT_VERSION.learned, learned });
  }

  /** The follow-up tracker: each assignee's status, outside the meeting records. */
  getTracker(): Tracker {
    const env = this.readEnvelope('followups', this.trackerFile, '');
    if (!env) return emptyTracker();
    return this.validated('followups', this.trackerFile, parseTrackerEnvelope(env), 'tindak lanjut') ?? emptyTracker();
  }

  saveTracker(tracker: Tracker): void {
    this.write(this.trackerFile, { schemaVersion: CURRENT_VERSION.followups, tracker });
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
    const meeting = this.validated('meeting', file, parseMeetingEnvelope(envelope, id), title);
    if (!meeting) {
      this.forget(id);
      throw errors.damaged(`Rapat "${title}"`);
    }
    // Parsed whole with the meeting schema: a change to it checks only the parts it replaces.
    return markSchemaKept(meeting);
  }

  private forget(id: string): void {
    this.meetingCache.delete(id);
    this.checked.delete(id);
    if (this.index.delete(id)) this.writeIndex();
  }

  /**
   * A cheap fingerprint of a meeting's file (inode, modified time, size), for caches of what was
   * read from it: every save replaces the file, so a changed meeting has a new stamp. Null when
   * there is no such file.
   */
  meetingStamp(id: string): string | null {
    return fileStamp(this.meetingFile(id).path);
  }

  getMeeting(id: string): Meeting {
    const stamp = this.meetingStamp(id);
    const cached = this.meetingCache.get(id);
    if (cached && stamp !== null && cached.stamp === stamp) return cached.meeting;
    this.meetingCache.delete(id);
    const meeting = this.readMeeting(id);
    // Kept only when the file did not change while it was read (a migration writes it again).
    if (stamp !== null && this.meetingStamp(id) === stamp) this.meetingCache.set(id, { stamp, meeting: deepFreeze(meeting) });
    return meeting;
  }

  private readMeeting(id: string): Meeting {
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
    this.meetingCache.delete(meeting.id);
    this.write(this.meetingFile(meeting.id), { schemaVersion: CURRENT_VERSION.meeting, meeting });
    const stamp = this.meetingStamp(meeting.id);
    if (stamp !== null) {
      // What was just written is what the next read would find.
      this.meetingCache.set(meeting.id, { stamp, meeting: deepFreeze(meeting) });
      this.checked.set(meeting.id, stamp);
    }
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

  /** The documentation photos of a meeting; none when it has no photo file (or a damaged one, moved aside). */
  getPhotos(id: string): Photo[] {
    const file = atomicJsonFile(path.join(this.dir, PHOTOS_DIR), id);
    const env = this.readEnvelope('photos', file, `foto rapat ${id}`);
    if (!env) return [];
    return this.validated('photos', file, parsePhotosEnvelope(env), `foto rapat ${id}`) ?? [];
  }

  /** Replace a meeting's photos, atomically; the photo file goes when the last photo does. */
  savePhotos(id: string, photos: Photo[]): void {
    const dir = path.join(this.dir, PHOTOS_DIR);
    if (photos.length === 0) {
      this.assertWritable();
      try {
        fs.rmSync(path.join(dir, `${id}.json`), { force: true });
      } catch (err) {
        throw storageError(err);
      }
      return;
    }
    try {
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    } catch (err) {
      throw storageError(err);
    }
    this.write(atomicJsonFile(dir, id), { schemaVersion: CURRENT_VERSION.photos, photos });
  }

  /** Remove a meeting file for good (only from the bin). */
  purgeMeeting(id: string): void {
    this.assertWritable();
    const file = this.meetingFile(id);
    try {
      fs.rmSync(file.path, { force: true });
      // Its documentation photos go with it: nothing else refers to them.
      fs.rmSync(path.join(this.dir, PHOTOS_DIR, `${id}.json`), { force: true });
    } catch (err) {
      throw storageError(err);
    }
    this.meetingFiles.delete(id);
    this.meetingCache.delete(id);
    this.checked.delete(id);
    this.forget(id);
  }

  dismissDamaged(): void {
    this.damaged.length = 0;
  }
}
