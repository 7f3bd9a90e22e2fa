// Contract method of the transcript import on the Pembicara tab: read a platform's .vtt and
// propose a speaker log (nothing written). Accepted turns are then stored through the
// meeting intent 'speakers/import-transcript', like every other change to the speakers.
import { z } from 'zod';
import { method, idString } from './define';
import type { SpeakerProposal } from '../import/transcript-speakers';
import type { TranscriptFormat } from '../import/transcript-vtt';

/** base64 of 16 MB (the transcript cap) is under 22.4 M characters. */
const MAX_BASE64 = 22_400_000;

/** Where the recording started: the meeting's actual or planned start, a Zoom report's meeting block, or a typed time. */
export const RecordingStartSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('actual') }).strict(),
  z.object({ source: z.literal('planned') }).strict(),
  z.object({ source: z.literal('typed'), time: z.string().max(20) }).strict(),
  z.object({ source: z.literal('report'), base64: z.string().min(1, 'File laporan kosong.').max(MAX_BASE64, 'File laporan terlalu besar.') }).strict(),
]);
export type RecordingStart = z.infer<typeof RecordingStartSchema>;

export const TranscriptPreviewInput = z
  .object({
    id: idString,
    fileName: z.string().max(255),
    base64: z.string().min(1, 'File transkrip kosong.').max(MAX_BASE64, 'File terlalu besar untuk sebuah transkrip (paling besar 16 MB).'),
    start: RecordingStartSchema,
  })
  .strict();

export interface TranscriptPreview {
  fileName: string;
  format: TranscriptFormat;
  formatLabel: string;
  encoding: string;
  cueCount: number;
  emptyCues: number;
  /** The recording's start as an instant, and in words ("09.00.00 WIB, jam rapat dibuka"). */
  recordingStart: string;
  recordingStartLabel: string;
  warnings: string[];
  proposals: SpeakerProposal[];
}

export const transcriptContract = {
  /** Read a transcript and match it against the meeting; writes nothing. */
  'speakers/transcript-preview': method<typeof TranscriptPreviewInput, TranscriptPreview>(TranscriptPreviewInput),
} as const;
