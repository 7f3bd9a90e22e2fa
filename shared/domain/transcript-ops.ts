// Putting speakers accepted from a transcript into a meeting's log: each in its place in time
// among the speakers already there, none twice, nothing already typed changed.
import type { Meeting, Speaker } from './meeting';
import { insertAt, withInstitution } from './speaker-ops';

function startOf(s: Pick<Speaker, 'startedAt'>): number | null {
  if (!s.startedAt) return null;
  const t = Date.parse(s.startedAt);
  return Number.isNaN(t) ? null : t;
}

/**
 * Where a speaker starting at `at` goes: after the last speaker who started no later, or
 * before the first timed speaker when all start later; at the end when nobody was timed.
 */
export function indexByTime(list: readonly Speaker[], at: number | null): number {
  if (at === null) return list.length;
  let after = -1;
  let firstTimed = -1;
  list.forEach((s, i) => {
    const t = startOf(s);
    if (t === null) return;
    if (firstTimed < 0) firstTimed = i;
    if (t <= at) after = i;
  });
  if (after >= 0) return after + 1;
  return firstTimed >= 0 ? firstTimed : list.length;
}

/**
 * Add the accepted speakers (each with the key of its transcript turn) and remember the
 * dropped turns. A turn already in the log, or an id already taken, is left out, so sending
 * the same import twice changes nothing the second time.
 */
export function importTranscriptSpeakers(m: Meeting, speakers: readonly Speaker[], skippedKeys: readonly string[]): Meeting {
  let list = m.speakers;
  const keys = new Set(list.map((s) => s.sourceKey).filter(Boolean) as string[]);
  const ids = new Set(list.map((s) => s.id));
  const ordered = [...speakers].sort((a, b) => (startOf(a) ?? Infinity) - (startOf(b) ?? Infinity));
  for (const s of ordered) {
    if ((s.sourceKey && keys.has(s.sourceKey)) || ids.has(s.id)) continue;
    if (s.sourceKey) keys.add(s.sourceKey);
    ids.add(s.id);
    list = insertAt(list, indexByTime(list, startOf(s)), withInstitution({ ...s, points: [...s.points] }, s.institution));
  }
  const before = m.transcriptSkipped ?? [];
  const known = new Set(before);
  const added = skippedKeys.filter((k) => !known.has(k) && !keys.has(k));
  const skipped = added.length ? [...before, ...new Set(added)] : m.transcriptSkipped;
  if (list === m.speakers && skipped === m.transcriptSkipped) return m;
  return { ...m, speakers: list, ...(skipped ? { transcriptSkipped: skipped } : {}) };
}
