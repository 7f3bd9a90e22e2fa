// Contract methods of the course of the meeting and its minutes: the people who spoke in
// earlier meetings, the minutes as DOCX or PDF, and the Draft/Final lock.
import { z } from 'zod';
import { method, idInput, type FileResult } from './define';
import type { Meeting } from '../domain/meeting';
import type { KnownSpeaker } from '../domain/speaker-ops';

export const minutesContract = {
  /** Who spoke in other meetings (newest first), to suggest names, positions and institutions. */
  'speakers/known': method<z.ZodObject<{ excludeId: z.ZodOptional<z.ZodString> }>, KnownSpeaker[]>(z.object({ excludeId: z.string().max(60).optional() })),
  /** The minutes as DOCX, named "Notulen <tanggal> <judul>.docx"; a draft carries a draft mark. */
  'minutes/export-docx': method<typeof idInput, FileResult>(idInput),
  /** The print view in the window as PDF (Electron only; the browser prints with its own dialog). */
  'minutes/print-pdf': method<typeof idInput, FileResult>(idInput),
  /** Mark the minutes final: the meeting's record is locked, with the time it was finalised. */
  'minutes/finalize': method<typeof idInput, Meeting>(idInput),
  /** Unlock final minutes (back to draft) so the record can be changed again. */
  'minutes/unlock': method<typeof idInput, Meeting>(idInput),
} as const;
