// Handlers of the recap of attendance: load the meetings of the period, count them with the
// shared recap functions, and build the .xlsx and DOCX exports. Read-only throughout.
import type { rekapContract } from '../../shared/contract/rekap';
import { MIME } from '../../shared/contract/define';
import type { Meeting, MeetingSummary } from '../../shared/domain/meeting';
import { seriesKey } from '../../shared/domain/follow-ups';
import { buildRekap, inPeriod, rekapSourceOf, unitHistory, type Rekap, type RekapFilter, type RekapSource } from '../../shared/domain/rekap';
import { addDays } from '../../shared/domain/datetime';
import { buildRekapDocx, rekapFileName } from '../../shared/documents/rekap-docx';
import { buildRekapXlsx } from './rekap-xlsx';
import type { HandlerDeps, HandlerMap } from './types';
import { fileResult } from './file-result';

type RekapMethods = keyof typeof rekapContract;

/**
 * A summary stands in for a meeting the recap will leave out anyway (cancelled, or more than
 * a day in the future), so its file is not read.
 */
function stub(s: MeetingSummary): RekapSource {
  return { ...s, unitsInvited: [], rolesInvited: [], attendance: {}, minutes: { actualStart: '' } };
}

/**
 * What was read of each meeting, per store, by data folder and id, with the file's stamp:
 * a recap over an archive reads again only the meetings whose file changed since. Reading and
 * checking 500 meeting files costs far more than the recap's own counting.
 */
const cache = new WeakMap<object, Map<string, { stamp: string; source: RekapSource }>>();

function cachedSource(deps: HandlerDeps, id: string): RekapSource | null {
  let perStore = cache.get(deps.store);
  if (!perStore) cache.set(deps.store, (perStore = new Map()));
  const key = `${deps.store.dir}\u0000${id}`;
  const stamp = deps.store.meetingStamp(id);
  const hit = perStore.get(key);
  if (stamp && hit?.stamp === stamp) return hit.source;
  let m: Meeting;
  try {
    m = deps.store.getMeeting(id);
  } catch {
    // A damaged file was moved aside and is reported by the store; the recap goes on without it.
    perStore.delete(key);
    return null;
  }
  const source = rekapSourceOf(m);
  if (stamp) perStore.set(key, { stamp, source });
  return source;
}

/** The meetings a recap over `filter` can need. */
export function rekapSources(deps: HandlerDeps, filter: Pick<RekapFilter, 'from' | 'to' | 'series'>): RekapSource[] {
  const tomorrow = addDays(deps.clock().toISOString().slice(0, 10), 1);
  const series = filter.series ? seriesKey(filter.series) : '';
  const out: RekapSource[] = [];
  for (const s of deps.store.listMeetings()) {
    if (s.deletedAt || !inPeriod(s.date, filter)) continue;
    // A series is chosen by the meeting list's index, so the other series' files are not read.
    if (series && seriesKey(s.series ?? '') !== series) continue;
    if (s.status !== 'aktif' || s.date > tomorrow) {
      out.push(stub(s));
      continue;
    }
    const source = cachedSource(deps, s.id);
    if (source) out.push(source);
  }
  return out;
}

export function computeRekap(deps: HandlerDeps, filter: RekapFilter): Rekap {
  const roster = deps.store.getRoster();
  return buildRekap(rekapSources(deps, filter), { units: roster.units, roles: roster.roles, now: deps.clock(), filter });
}

export const rekapHandlers: HandlerMap<RekapMethods> = {
  async 'rekap/get'(input, deps) {
    return computeRekap(deps, input);
  },

  async 'rekap/export-xlsx'(input, deps) {
    const rekap = computeRekap(deps, input);
    const bytes = await buildRekapXlsx(rekap, deps.store.getSettings(), { generatedAt: deps.clock() });
    return fileResult(rekapFileName(rekap, 'xlsx'), MIME.xlsx, bytes);
  },

  async 'rekap/export-docx'(input, deps) {
    const rekap = computeRekap(deps, input);
    const bytes = await buildRekapDocx(rekap, deps.store.getSettings(), { generatedAt: deps.clock() });
    return fileResult(rekapFileName(rekap, 'docx'), MIME.docx, bytes);
  },

  async 'rekap/unit-history'(input, deps) {
    const { entries, total } = unitHistory(rekapSources(deps, { from: '', to: '' }), input.code, deps.clock());
    return { code: input.code, entries, total };
  },
};
