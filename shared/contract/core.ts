// Contract methods of the foundation: the app, meetings, settings and saving files.
import { z } from 'zod';
import { method, idInput, idString, empty, type FileResult } from './define';
import { MeetingSetupSchema, type Meeting, type MeetingSummary } from '../domain/meeting';
import { SettingsSchema, type Settings } from '../domain/settings';
import type { Roster } from '../domain/roster';
import { isValidIsoDate } from '../domain/datetime';
import { baseRevision } from './intents';

/** A store file that could not be read; it was moved aside, never overwritten. */
export interface DamagedFile {
  /** What it held, for the user: "rapat", "pengaturan", "roster", "indeks rapat". */
  kind: 'meeting' | 'settings' | 'roster' | 'index' | 'learned' | 'followups' | 'photos';
  /** The meeting's title when the index still knew it. */
  title: string;
  /** Where the damaged file now lies. */
  movedTo: string;
  reason: string;
  at: string;
}

export interface AppInfo {
  version: string;
  transport: 'electron' | 'web';
  dataDir: string;
  today: string;
  damaged: DamagedFile[];
  /**
   * Why the data folder could not be written when it was opened ("folder data hanya-baca"),
   * or null. When set, everything can be read, exported and printed; every change is refused.
   */
  readOnly: string | null;
}

export interface MeetingList {
  meetings: MeetingSummary[];
  damaged: DamagedFile[];
}

export const coreContract = {
  'app/info': method<typeof empty, AppInfo>(empty),
  'app/dismiss-damaged': method<typeof empty, { ok: true }>(empty),

  'meetings/list': method<z.ZodObject<{ includeDeleted: z.ZodOptional<z.ZodBoolean> }>, MeetingList>(z.object({ includeDeleted: z.boolean().optional() })),
  'meetings/get': method<typeof idInput, Meeting>(idInput),
  'meetings/create': method<typeof MeetingSetupSchema, Meeting>(MeetingSetupSchema),
  /** Replace the set-up (the form's fields); attendance, speakers and minutes stay as stored. */
  'meetings/update-setup': method<z.ZodObject<{ id: typeof idString; setup: typeof MeetingSetupSchema; baseRevision: typeof baseRevision }>, Meeting>(
    z.object({ id: idString, setup: MeetingSetupSchema, baseRevision }),
  ),
  /** The next rakor: the set-up copied to a new date; `series` absent = the source's series, '' = none. */
  'meetings/duplicate': method<z.ZodObject<{ id: typeof idString; date: z.ZodString; series: z.ZodOptional<z.ZodString> }>, Meeting>(
    z.object({
      id: idString,
      date: z.string().refine(isValidIsoDate, { message: 'Tanggal tidak valid.' }),
      series: z.string().max(200, 'Nama seri terlalu panjang (maks. 200 karakter).').optional(),
    }),
  ),
  'meetings/delete': method<typeof idInput, { ok: true }>(idInput),
  'meetings/restore': method<typeof idInput, Meeting>(idInput),
  'meetings/purge': method<typeof idInput, { ok: true }>(idInput),
  'meetings/load-demo': method<typeof empty, Meeting>(empty),
  /** Open a copy of a meeting saved to a file (e.g. when the data folder could not be written). */
  'meetings/import-copy': method<z.ZodObject<{ text: z.ZodString }>, Meeting>(z.object({ text: z.string().max(20_000_000, 'Berkas terlalu besar.') })),

  'settings/get': method<typeof empty, Settings>(empty),
  'settings/save': method<typeof SettingsSchema, Settings>(SettingsSchema),

  'roster/get': method<typeof empty, Roster>(empty),

  /** Open a link outside the app: http(s) from meeting data, or a mailto: the app built (desktop app; the browser follows it itself). */
  'app/open-link': method<z.ZodObject<{ url: z.ZodString }>, { opened: boolean; openInBrowserTab: boolean }>(z.object({ url: z.string().max(4000) })),

  /**
   * Desktop app: save a file the page made itself (the copy of a meeting held in memory) through
   * the save dialog; the path, or null when cancelled. Exports need no second call: they are
   * saved in their own (FileResult.savedTo), and the browser downloads what it received.
   */
  'files/save': method<z.ZodObject<{ fileName: z.ZodString; mimeType: z.ZodString; base64: z.ZodString }>, { savedTo: string | null }>(
    z.object({ fileName: z.string().min(1).max(255), mimeType: z.string().max(200), base64: z.string() }),
  ),
} as const;

export type { FileResult };
