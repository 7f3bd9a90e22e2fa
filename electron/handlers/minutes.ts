// Handlers of the minutes: the DOCX export, the PDF of the print view (Electron), the
// Draft/Final lock, and the speakers of earlier meetings for the name suggestions.
import type { minutesContract } from '../../shared/contract/minutes';
import { MIME } from '../../shared/contract/define';
import type { Meeting } from '../../shared/domain/meeting';
import { currentSpeaker, speakersOfMeetings, stopSpeaking } from '../../shared/domain/speaker-ops';
import { buildMinutesDocx } from '../../shared/documents/minutes-docx';
import { AppError, errors } from '../../shared/errors';
import { activeMeeting, commitMeeting } from './meeting-write';
import { actualTimesProblem } from '../../shared/domain/meeting-rules';
import type { HandlerDeps, HandlerMap } from './types';
import type { CarriedFollowUp, ProgressByUnit } from '../../shared/domain/meeting';
import { carriedInto, progressSnapshot, seriesKey } from '../../shared/domain/follow-ups';
import { exportFileName } from '../../shared/text/file-name';
import { fileResult } from './file-result';

type MinutesMethods = keyof typeof minutesContract;

/** Meetings by id; one whose file is damaged is left out (the store moved it aside and reports it). */
function loadQuietly(deps: HandlerDeps, ids: string[]): Meeting[] {
  const out: Meeting[] = [];
  for (const id of ids) {
    try {
      out.push(deps.store.getMeeting(id));
    } catch {
      // Named in the damaged-files notice.
    }
  }
  return out;
}

/** The follow-ups the minutes print: a final record's own copy, or where they stand in the tracker now. */
export function minutesFollowUps(deps: HandlerDeps, m: Meeting): { progress: Record<string, ProgressByUnit>; carried: CarriedFollowUp[] } {
  if (m.minutes.status === 'final') return { progress: m.minutes.followUpsAtFinal, carried: m.minutes.carriedAtFinal };
  const tracker = deps.store.getTracker();
  const series = seriesKey(m.series);
  const earlier = series ? deps.store.listMeetings().filter((s) => !s.deletedAt && s.id !== m.id && seriesKey(s.series ?? '') === series) : [];
  return {
    progress: progressSnapshot(m, tracker),
    carried: carriedInto(
      m,
      loadQuietly(
        deps,
        earlier.map((s) => s.id),
      ),
      tracker,
    ),
  };
}

/** How many recent meetings the name suggestions look through. */
const KNOWN_SPEAKER_MEETINGS = 200;

const MIME_PDF = 'application/pdf';

/**
 * "Notulen 2022-05-25 Rapat Koordinasi ….docx": the date first so an archive folder sorts by
 * date, no characters Windows refuses in a file name, and a draft says so in its name.
 */
export function minutesFileName(m: Pick<Meeting, 'date' | 'title' | 'minutes'>, ext: 'docx' | 'pdf'): string {
  return exportFileName('Notulen', m.date, m.title, ext, m.minutes.status === 'draft' ? ' (draf)' : '');
}

export const minutesHandlers: HandlerMap<MinutesMethods> = {
  async 'speakers/known'(input, deps) {
    const summaries = deps.store
      .listMeetings()
      .filter((s) => !s.deletedAt && s.id !== input.excludeId)
      .sort((a, b) => (b.date + b.startTime).localeCompare(a.date + a.startTime))
      .slice(0, KNOWN_SPEAKER_MEETINGS);
    const meetings: Meeting[] = [];
    for (const s of summaries) {
      try {
        meetings.push(deps.store.getMeeting(s.id));
      } catch {
        // A damaged file was moved aside and is reported by the store; suggestions go on without it.
      }
    }
    return speakersOfMeetings(meetings);
  },

  async 'minutes/export-docx'(input, deps) {
    const m = activeMeeting(deps, input.id);
    const bytes = await buildMinutesDocx(m, deps.store.getRoster(), deps.store.getSettings(), {
      generatedAt: deps.clock().toISOString(),
      followUps: minutesFollowUps(deps, m),
    });
    return fileResult(minutesFileName(m, 'docx'), MIME.docx, bytes);
  },

  async 'minutes/print-pdf'(input, deps) {
    const m = activeMeeting(deps, input.id);
    if (!deps.printToPdf) {
      throw new AppError(
        'unsupported',
        'Simpan sebagai PDF langsung hanya tersedia di aplikasi desktop. Di browser, pilih Cetak lalu tujuan "Simpan sebagai PDF".',
      );
    }
    const bytes = await deps.printToPdf({ kind: 'minutes', id: m.id }, deps.store.getSettings().paper);
    return fileResult(minutesFileName(m, 'pdf'), MIME_PDF, bytes);
  },

  async 'minutes/finalize'(input, deps) {
    const m = activeMeeting(deps, input.id);
    if (m.minutes.status === 'final') return m;
    const times = actualTimesProblem(m.minutes);
    if (times) throw errors.rules([times]);
    const now = deps.clock().toISOString();
    // A speaker still being timed stops when the record is closed.
    const running = currentSpeaker(m.speakers);
    // The follow-ups print as they stood now, its own and those carried from earlier meetings.
    const tracker = deps.store.getTracker();
    const series = seriesKey(m.series);
    const earlier = series ? deps.store.listMeetings().filter((s) => !s.deletedAt && s.id !== m.id && seriesKey(s.series ?? '') === series) : [];
    const next: Meeting = {
      ...m,
      speakers: running ? stopSpeaking(m.speakers, running.id, now) : m.speakers,
      minutes: {
        ...m.minutes,
        status: 'final',
        finalizedAt: now,
        followUpsAtFinal: progressSnapshot(m, tracker),
        carriedAtFinal: carriedInto(
          m,
          loadQuietly(
            deps,
            earlier.map((s) => s.id),
          ),
          tracker,
        ),
      },
    };
    return commitMeeting(deps, m, next);
  },

  async 'minutes/unlock'(input, deps) {
    const m = activeMeeting(deps, input.id);
    if (m.minutes.status === 'draft') return m;
    return commitMeeting(deps, m, { ...m, minutes: { ...m.minutes, status: 'draft', finalizedAt: '', followUpsAtFinal: {}, carriedAtFinal: [] } });
  },
};
