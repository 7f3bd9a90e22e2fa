// Handlers of series and of the follow-up tracker: the follow-ups page and its .xlsx, what is
// carried into a meeting, an assignee's status (the only write, into the tracker's own file,
// never into a meeting record), and the series page.
import type { followUpsContract, SeriesListItem } from '../../shared/contract/follow-ups';
import { MIME_XLSX } from '../../shared/contract/follow-ups';
import type { Meeting, MeetingSummary } from '../../shared/domain/meeting';
import { attendanceCounts } from '../../shared/domain/attendance';
import { utcToZoned } from '../../shared/domain/datetime';
import {
  TRACKER_MESSAGES,
  carriedInto,
  cleanSeriesName,
  earlierInSeries,
  followUpRows,
  openFollowUpCount,
  progressOf,
  seriesKey,
  setUnitProgress,
  type FollowUpFilter,
} from '../../shared/domain/follow-ups';
import { AppError, errors } from '../../shared/errors';
import { exportFileName } from '../../shared/text/file-name';
import { activeMeeting } from './meeting-write';
import { buildFollowUpsXlsx } from './follow-ups-xlsx';
import type { HandlerDeps, HandlerMap } from './types';
import { itemAt } from '../../shared/indexed';

type FollowUpMethods = keyof typeof followUpsContract;

function today(deps: HandlerDeps): string {
  return utcToZoned(deps.clock(), deps.store.getSettings().defaultTimeZone).date;
}

/** Every meeting not in the bin whose summary passes `keep`; a damaged file is skipped (the store reports it). */
function loadMeetings(deps: HandlerDeps, keep: (s: MeetingSummary) => boolean = () => true): Meeting[] {
  const out: Meeting[] = [];
  for (const s of deps.store.listMeetings()) {
    if (s.deletedAt || !keep(s)) continue;
    try {
      out.push(deps.store.getMeeting(s.id));
    } catch {
      // Moved aside and named in the damaged-files notice; the list goes on without it.
    }
  }
  return out;
}

function filterMeetings(deps: HandlerDeps, filter: FollowUpFilter): Meeting[] {
  const key = filter.series === undefined ? null : seriesKey(filter.series);
  return loadMeetings(deps, (s) => (!filter.meetingId || s.id === filter.meetingId) && (key === null || seriesKey(s.series ?? '') === key));
}

function seriesMeetings(deps: HandlerDeps, series: string): Meeting[] {
  const key = seriesKey(series);
  return key ? loadMeetings(deps, (s) => seriesKey(s.series ?? '') === key) : [];
}

export const followUpHandlers: HandlerMap<FollowUpMethods> = {
  async 'followups/list'(input, deps) {
    const tracker = deps.store.getTracker();
    const all = loadMeetings(deps);
    const day = today(deps);
    const key = input.series === undefined ? null : seriesKey(input.series);
    const chosen = all.filter((m) => (!input.meetingId || m.id === input.meetingId) && (key === null || seriesKey(m.series) === key));
    return {
      rows: followUpRows(chosen, tracker, day, input),
      today: day,
      meetings: all
        .filter((m) => m.minutes.followUps.length > 0)
        .sort((a, b) => (b.date + b.startTime).localeCompare(a.date + a.startTime))
        .map((m) => ({ id: m.id, title: m.title, date: m.date, series: m.series })),
    };
  },

  async 'followups/export-xlsx'(input, deps) {
    const meetings = filterMeetings(deps, input);
    const day = today(deps);
    const rows = followUpRows(meetings, deps.store.getTracker(), day, input);
    const one = input.meetingId ? meetings[0] : undefined;
    const bytes = await buildFollowUpsXlsx(rows, deps.store.getRoster().units, deps.store.getSettings(), {
      today: day,
      meeting: one,
      series: input.series,
      includeDone: Boolean(input.includeDone),
    });
    const fileName = one
      ? exportFileName('Tindak lanjut', one.date, one.title, 'xlsx')
      : exportFileName('Tindak lanjut', day, input.series || 'semua rapat', 'xlsx');
    return { fileName, mimeType: MIME_XLSX, base64: Buffer.from(bytes).toString('base64') };
  },

  async 'followups/carried'(input, deps) {
    const m = activeMeeting(deps, input.id);
    if (m.minutes.status === 'final') return { carried: m.minutes.carriedAtFinal, final: true, today: today(deps) };
    return { carried: carriedInto(m, seriesMeetings(deps, m.series), deps.store.getTracker()), final: false, today: today(deps) };
  },

  async 'followups/set-status'(input, deps) {
    const source = activeMeeting(deps, input.meetingId);
    if (input.changedIn) {
      // Recorded during a rakor: that meeting must still be open for changes.
      const during = activeMeeting(deps, input.changedIn);
      if (during.minutes.status === 'final') throw errors.locked();
      if (!earlierInSeries(during, [source]).length) throw new AppError('invalid_input', TRACKER_MESSAGES.notCarried);
    }
    const before = deps.store.getTracker();
    const after = setUnitProgress(before, source, input, deps.clock().toISOString(), input.changedIn ?? '');
    if (after !== before) deps.store.saveTracker(after);
    const f = source.minutes.followUps.find((x) => x.id === input.followUpId)!;
    return { meetingId: source.id, followUpId: f.id, progress: progressOf(after, source, f) };
  },

  async 'series/list'(_input, deps) {
    const byKey = new Map<string, SeriesListItem>();
    const summaries = deps.store
      .listMeetings()
      .filter((s) => !s.deletedAt && seriesKey(s.series ?? ''))
      .sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime));
    for (const s of summaries) {
      const key = seriesKey(s.series);
      const item = byKey.get(key);
      if (item) {
        item.meetings += 1;
        item.lastDate = s.date;
        // The name as the newest meeting writes it.
        item.name = cleanSeriesName(s.series);
      } else {
        byKey.set(key, { name: cleanSeriesName(s.series), key, meetings: 1, firstDate: s.date, lastDate: s.date });
      }
    }
    return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name, 'id'));
  },

  async 'series/get'(input, deps) {
    const meetings = seriesMeetings(deps, input.name).sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime));
    if (!meetings.length) throw errors.notFound(`Seri "${cleanSeriesName(input.name)}"`);
    const tracker = deps.store.getTracker();
    const summaries = new Map(deps.store.listMeetings().map((s) => [s.id, s]));
    return {
      name: cleanSeriesName(itemAt(meetings, meetings.length - 1).series),
      key: seriesKey(input.name),
      meetings: meetings.map((m) => {
        const counts = attendanceCounts(m);
        return {
          summary: summaries.get(m.id)!,
          unitsInvited: counts.unitsInvited,
          unitsPresent: counts.unitsPresent,
          followUps: m.minutes.followUps.length,
          openFollowUps: openFollowUpCount(m, tracker),
        };
      }),
    };
  },
};
