// Handlers of the per-unit report table beyond its intents: the .xlsx export of one meeting's
// table, and one unit's answers across meetings for its roster page. Both read only.
import type { unitReportsContract } from '../../shared/contract/unit-reports';
import type { Meeting } from '../../shared/domain/meeting';
import { seriesKey } from '../../shared/domain/follow-ups';
import { unitReportHistory, type ReportSource } from '../../shared/domain/unit-reports';
import { exportFileName } from '../../shared/text/file-name';
import { buildUnitReportsXlsx } from '../documents/unit-reports-xlsx';
import { XLSX_MIME } from '../documents/xlsx-common';
import { activeMeeting } from './meeting-write';
import { fileResult } from './file-result';
import type { HandlerDeps, HandlerMap } from './types';

type Methods = keyof typeof unitReportsContract;

function reportSourceOf(m: Meeting): ReportSource {
  return {
    id: m.id,
    title: m.title,
    date: m.date,
    series: m.series,
    unitsInvited: m.unitsInvited,
    status: m.status,
    reportItems: m.reportItems,
    reportAnswers: m.reportAnswers,
  };
}

/**
 * What was read of each meeting, by data folder and id, with the file's stamp: opening a
 * unit's page again reads only the meetings whose file changed since.
 */
const cache = new WeakMap<object, Map<string, { stamp: string; source: ReportSource }>>();

function sources(deps: HandlerDeps): ReportSource[] {
  let perStore = cache.get(deps.store);
  if (!perStore) cache.set(deps.store, (perStore = new Map()));
  const out: ReportSource[] = [];
  for (const s of deps.store.listMeetings()) {
    if (s.deletedAt || s.status !== 'aktif') continue;
    const key = `${deps.store.dir}\u0000${s.id}`;
    const stamp = deps.store.meetingStamp(s.id);
    const hit = perStore.get(key);
    if (stamp && hit?.stamp === stamp) {
      out.push(hit.source);
      continue;
    }
    try {
      const source = reportSourceOf(deps.store.getMeeting(s.id));
      if (stamp) perStore.set(key, { stamp, source });
      out.push(source);
    } catch {
      // A damaged file was moved aside and is reported by the store; the history goes on without it.
      perStore.delete(key);
    }
  }
  return out;
}

export const unitReportHandlers: HandlerMap<Methods> = {
  async 'unit-reports/export-xlsx'(input, deps) {
    const m = activeMeeting(deps, input.id);
    const bytes = await buildUnitReportsXlsx(m, deps.store.getRoster(), deps.store.getSettings());
    return fileResult(exportFileName('Isian Unit', m.date, m.title, 'xlsx'), XLSX_MIME, bytes);
  },
  async 'unit-reports/history'(input, deps) {
    return { code: input.code, groups: unitReportHistory(sources(deps), input.code, seriesKey) };
  },
};
