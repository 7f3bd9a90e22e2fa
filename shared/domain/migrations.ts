// Schema versions of every stored file and the steps that bring an older file up to date.
// Each step takes the data of version N and returns version N+1; a file newer than this
// app is refused rather than rewritten.

export type StoreKind = 'meeting' | 'settings' | 'roster' | 'index' | 'learned' | 'followups' | 'photos';

export const CURRENT_VERSION: Record<StoreKind, number> = {
  meeting: 3,
  settings: 1,
  roster: 1,
  index: 2,
  learned: 1,
  followups: 1,
  photos: 1,
};

type Step = (data: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[kind][n] turns version n into n+1. Version 0 is a file written before versions existed. */
const MIGRATIONS: Record<StoreKind, Record<number, Step>> = {
  meeting: { 0: (d) => d, 1: meetingWithSeriesAndTracker, 2: meetingWithReportTable },
  settings: { 0: (d) => d },
  roster: { 0: (d) => d },
  // The index of version 1 lacks each meeting's series and minutes status: dropping its entries
  // makes the store summarise every meeting file again once (it does so for any missing entry).
  index: { 0: (d) => d, 1: (d) => ({ ...d, meetings: {} }) },
  learned: { 0: (d) => d },
  followups: { 0: (d) => d },
  photos: { 0: (d) => d },
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => Boolean(v) && typeof v === 'object' && !Array.isArray(v);

/**
 * Meeting 1 -> 2: a meeting gets a series (none), each follow-up the units it names (none:
 * tracked as a whole, with the status it had), and final minutes keep that status as the one
 * they were finalised with, so an old signed record prints as it did.
 */
function meetingWithSeriesAndTracker(d: Obj): Obj {
  if (!isObj(d.meeting)) return d;
  const m = d.meeting;
  const minutes = isObj(m.minutes) ? m.minutes : null;
  if (!minutes) return { ...d, meeting: { series: '', ...m } };
  const followUps = Array.isArray(minutes.followUps) ? minutes.followUps.map((f) => (isObj(f) ? { assignees: [], ...f } : f)) : minutes.followUps;
  const atFinal: Obj = {};
  if (minutes.status === 'final' && Array.isArray(followUps)) {
    for (const f of followUps) {
      if (isObj(f) && typeof f.id === 'string') atFinal[f.id] = { '': { status: f.status, note: '', changedAt: '', changedIn: '' } };
    }
  }
  return {
    ...d,
    meeting: { series: '', ...m, minutes: { followUpsAtFinal: atFinal, carriedAtFinal: [], ...minutes, followUps } },
  };
}

/** Meeting 2 -> 3: a meeting gets the per-unit report table (isian unit), with no items and no answers. */
function meetingWithReportTable(d: Obj): Obj {
  if (!isObj(d.meeting)) return d;
  return { ...d, meeting: { reportItems: [], reportAnswers: {}, ...d.meeting } };
}

export class NewerSchemaError extends Error {
  constructor(
    readonly kind: StoreKind,
    readonly found: number,
  ) {
    super(`File was written by a newer version of the app (schema ${found}).`);
  }
}

/** Bring a stored envelope up to the current version. */
export function migrate(kind: StoreKind, envelope: Record<string, unknown>): { envelope: Record<string, unknown>; changed: boolean } {
  const target = CURRENT_VERSION[kind];
  let version = typeof envelope.schemaVersion === 'number' ? envelope.schemaVersion : 0;
  if (!Number.isInteger(version) || version < 0) throw new Error('schemaVersion tidak valid');
  if (version > target) throw new NewerSchemaError(kind, version);
  let data = envelope;
  const changed = version !== target;
  while (version < target) {
    const step = MIGRATIONS[kind][version];
    if (!step) throw new Error(`No migration for ${kind} from schema ${version}`);
    data = { ...step(data), schemaVersion: version + 1 };
    version += 1;
  }
  return { envelope: data, changed };
}
