// Handler of the transcript import: read the .vtt, place its turns in time from where the
// recording started, and match them against the meeting, its earlier speakers and the roster.
// Nothing is written here; accepted turns come back as the intent 'speakers/import-transcript'.
import type { transcriptContract, TranscriptPreview, RecordingStart } from '../../shared/contract/transcript';
import type { Meeting } from '../../shared/domain/meeting';
import { zonedToUtc } from '../../shared/domain/datetime';
import { mergeTurns, parseTranscript, TRANSCRIPT_FORMAT_LABELS } from '../../shared/import/transcript-vtt';
import { formatClockSeconds, parseTypedClock, proposeSpeakerLog } from '../../shared/import/transcript-speakers';
import { parseAttendanceReport, parseClockSeconds } from '../../shared/import/attendance-report';
import { AppError } from '../../shared/errors';
import { decodeBase64 } from '../../shared/text/base64';
import { activeMeeting } from './meeting-write';
import { minutesHandlers } from './minutes';
import type { HandlerMap } from './types';

type TranscriptMethods = keyof typeof transcriptContract;

function fileBytes(base64: string, what: string): Uint8Array {
  const bytes = decodeBase64(base64);
  if (!bytes) throw new AppError('transcript_unreadable', `${what} tidak dapat dibaca. Pilih ulang filenya.`);
  return bytes;
}

function startProblem(message: string): AppError {
  return new AppError('invalid_input', message);
}

/** Seconds of the day (in the meeting's zone) at which the recording started, and how that is known. */
function startSeconds(m: Meeting, start: RecordingStart): { seconds: number; label: string } {
  switch (start.source) {
    case 'actual': {
      const s = m.minutes.actualStart ? parseTypedClock(m.minutes.actualStart) : null;
      if (s === null) throw startProblem('Jam rapat dibuka belum diisi di tab Notulen. Pilih sumber jam mulai yang lain atau isi jamnya.');
      return { seconds: s, label: 'jam rapat dibuka (tab Notulen)' };
    }
    case 'planned': {
      const s = parseTypedClock(m.startTime);
      if (s === null) throw startProblem('Jam mulai rapat tidak valid.');
      return { seconds: s, label: 'jam mulai rapat di undangan' };
    }
    case 'typed': {
      const s = parseTypedClock(start.time);
      if (s === null) throw startProblem('Jam mulai rekaman tidak valid; tulis seperti 09.05 atau 09.05.30.');
      return { seconds: s, label: 'jam yang diketik' };
    }
    case 'report': {
      let info;
      try {
        info = parseAttendanceReport(fileBytes(start.base64, 'File laporan')).meeting;
      } catch (err) {
        if (err instanceof AppError) throw startProblem(`Laporan kehadiran tidak dapat dibaca: ${err.message}`);
        throw err;
      }
      const s = info?.start ? parseClockSeconds(info.start) : null;
      if (s === null) {
        throw startProblem(
          'Laporan ini tidak memuat blok rapat dengan jam mulai (Start Time). Ekspor laporan peserta Zoom beserta data rapat, atau ketik jam mulainya.',
        );
      }
      return { seconds: s, label: 'blok rapat laporan Zoom' };
    }
  }
}

export const transcriptHandlers: HandlerMap<TranscriptMethods> = {
  async 'speakers/transcript-preview'(input, deps): Promise<TranscriptPreview> {
    const m = activeMeeting(deps, input.id);
    const parsed = parseTranscript(fileBytes(input.base64, 'File transkrip'));
    const { seconds, label } = startSeconds(m, input.start);
    const recordingStartMs = zonedToUtc(m.date, '00:00', m.timeZone).getTime() + seconds * 1000;
    const earlier = await minutesHandlers['speakers/known']({ excludeId: m.id }, deps);
    const proposals = proposeSpeakerLog(mergeTurns(parsed.cues), { meeting: m, roster: deps.store.getRoster(), earlier, recordingStartMs });
    return {
      fileName: input.fileName,
      format: parsed.format,
      formatLabel: TRANSCRIPT_FORMAT_LABELS[parsed.format],
      encoding: parsed.encoding,
      cueCount: parsed.cues.length,
      emptyCues: parsed.emptyCues,
      recordingStart: new Date(recordingStartMs).toISOString(),
      recordingStartLabel: `${formatClockSeconds(seconds)} ${m.timeZone}, ${label}`,
      warnings: parsed.warnings,
      proposals,
    };
  },
};
