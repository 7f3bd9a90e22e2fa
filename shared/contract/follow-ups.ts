// Contract methods of series and of the follow-ups tracked across meetings: the follow-ups
// page and its .xlsx, the follow-ups carried into a meeting, the one intent that changes the
// tracker (an assignee's status and note), and the series page.
import { z } from 'zod';
import { MIME, method, idInput, idString, type FileResult } from './define';
import { FollowUpStatusSchema, type CarriedFollowUp, type MeetingSummary, type ProgressByUnit } from '../domain/meeting';
import type { FollowUpRow } from '../domain/follow-ups';

export const MIME_XLSX = MIME.xlsx;

const unitKey = z.string().max(10);
const seriesName = z.string().max(200, 'Nama seri terlalu panjang (maks. 200 karakter).');

export const FollowUpFilterSchema = z
  .object({
    meetingId: idString.optional(),
    series: seriesName.optional(),
    unitKey: unitKey.optional(),
    includeDone: z.boolean().optional(),
  })
  .strict();

const setStatusInput = z
  .object({
    meetingId: idString,
    followUpId: z.string().min(1).max(60),
    unitKey,
    status: FollowUpStatusSchema,
    note: z.string().max(2000, 'Catatan terlalu panjang (maks. 2.000 karakter).'),
    /** The meeting during which the change is recorded (the next rakor); absent = on the follow-ups page. */
    changedIn: idString.optional(),
  })
  .strict();

const seriesInput = z.object({ name: seriesName.min(1, 'Nama seri kosong.') }).strict();

export interface FollowUpList {
  rows: FollowUpRow[];
  /** Today in the default zone, for "lewat tenggat". */
  today: string;
  /** Meetings that have follow-ups, for the filter (newest first). */
  meetings: Array<Pick<MeetingSummary, 'id' | 'title' | 'date' | 'series'>>;
}

export interface CarriedList {
  carried: CarriedFollowUp[];
  /** True when the meeting is final: the list is the one kept in its record, not the tracker's. */
  final: boolean;
  today: string;
}

export interface SeriesMeeting {
  summary: MeetingSummary;
  unitsInvited: number;
  unitsPresent: number;
  followUps: number;
  openFollowUps: number;
}

export interface SeriesInfo {
  name: string;
  key: string;
  /** In the order they are held. */
  meetings: SeriesMeeting[];
}

export interface SeriesListItem {
  name: string;
  key: string;
  meetings: number;
  firstDate: string;
  lastDate: string;
}

export const followUpsContract = {
  /** The follow-ups page: one row per assignee of each follow-up, open ones unless includeDone. */
  'followups/list': method<typeof FollowUpFilterSchema, FollowUpList>(FollowUpFilterSchema),
  /** The same rows as an .xlsx workbook. */
  'followups/export-xlsx': method<typeof FollowUpFilterSchema, FileResult>(FollowUpFilterSchema),
  /** The follow-ups of earlier meetings of the series carried into this one ("Tindak lanjut rapat sebelumnya"). */
  'followups/carried': method<typeof idInput, CarriedList>(idInput),
  /** One assignee's status and note; the tracker changes, no meeting record does. */
  'followups/set-status': method<typeof setStatusInput, { meetingId: string; followUpId: string; progress: ProgressByUnit }>(setStatusInput),
  /** Every series, by name. */
  'series/list': method<z.ZodObject<Record<string, never>>, SeriesListItem[]>(z.object({}).strict()),
  /** One series: its meetings in order, with attendance and open follow-ups. */
  'series/get': method<typeof seriesInput, SeriesInfo>(seriesInput),
} as const;
