// Contract methods of the invitations: what the Undangan screen shows (message, readiness,
// who was sent what), the single files and the whole set, the sent record per unit,
// cancelling a meeting, and the user's own wording of the message templates.
import { z } from 'zod';
import { method, idInput, idString, type FileResult } from './define';
import type { Meeting } from '../domain/meeting';
import type { Settings } from '../domain/settings';

export const LetterFormSchema = z.enum(['all', 'per-unit']);
export type LetterFormInput = z.infer<typeof LetterFormSchema>;

const unitCode = z.string().regex(/^[0-9A-Za-z]{1,10}$/, 'Kode KPU tidak valid.');

export interface InvitationWarning {
  code: string;
  severity: 'warning' | 'info';
  message: string;
  /** Set when the warning is about one invited unit. */
  unitCode?: string;
}

export interface InvitedPerson {
  roleId: string;
  roleLabel: string;
  /** The role's short label, for a table column. */
  roleShort: string;
  name: string;
  email: string;
  /** Whether a calendar can use the address (false for empty or mistyped ones). */
  emailUsable: boolean;
  phone: string;
}

export interface InvitationUnitRow {
  code: string;
  name: string;
  people: InvitedPerson[];
  /** Short labels of invited roles nobody holds in this unit's roster. */
  missingRoles: string[];
  /** When the invitation went to this unit (ISO instant), or empty. */
  sentAt: string;
}

export interface InvitationPreview {
  whatsapp: string;
  email: { subject: string; body: string };
  /** Messages about unknown placeholders in the user's own wording (from Settings). */
  templateProblems: string[];
  warnings: InvitationWarning[];
  calendar: {
    /** SEQUENCE the calendar files built now carry; above 0 they update an earlier invitation. */
    sequence: number;
    /** Time, place or link changed after invitations went out: send the update to everyone. */
    changedSinceSent: boolean;
    everSent: boolean;
  };
  units: InvitationUnitRow[];
  cancelled: boolean;
}

export type ExportAllResult =
  { kind: 'zip'; file: FileResult; fileNames: string[] } | { kind: 'folder'; folder: string; fileNames: string[] } | { kind: 'cancelled' };

const exportAllInput = z.object({ id: idString, form: LetterFormSchema });
const letterInput = z.object({ id: idString, form: LetterFormSchema });
const icsInput = z.object({ id: idString, unitCode: unitCode.optional() });
const emlInput = z.object({ id: idString, unitCode });
const markInput = z.object({
  id: idString,
  unitCodes: z.array(unitCode).min(1, 'Pilih minimal satu KPU.').max(1000),
  /** ISO instant; default: now. */
  sentAt: z
    .string()
    .max(40)
    .refine((s) => !Number.isNaN(Date.parse(s)), { message: 'Waktu kirim tidak valid.' })
    .optional(),
});
const unmarkInput = z.object({ id: idString, unitCodes: z.array(unitCode).min(1, 'Pilih minimal satu KPU.').max(1000) });
const templateInput = z.object({
  key: z.string().min(1).max(60),
  /** Empty = back to the default wording. */
  text: z.string().max(20000, 'Teks templat terlalu panjang (maks. 20.000 karakter).'),
});

export const invitationsContract = {
  'invitations/preview': method<typeof idInput, InvitationPreview>(idInput),
  'invitations/export-letter': method<typeof letterInput, FileResult>(letterInput),
  /** The letter's print view as PDF (desktop app only; the browser prints the view with its own dialog). */
  'invitations/print-pdf': method<typeof letterInput, FileResult>(letterInput),
  /** Without unitCode: the combined calendar file with everyone invited. */
  'invitations/export-ics': method<typeof icsInput, FileResult>(icsInput),
  /** One unit's invitation as an email draft (.eml, X-Unsent: 1) with the letter and its .ics attached. */
  'invitations/export-eml': method<typeof emlInput, FileResult>(emlInput),
  /** The cancellation calendar file; only for a meeting with status "batal". */
  'invitations/export-cancel': method<typeof icsInput, FileResult>(icsInput),
  /** Letter, every calendar file and the message: a .zip (browser) or into a folder the user picks (Electron). */
  'invitations/export-all': method<typeof exportAllInput, ExportAllResult>(exportAllInput),
  'invitations/mark-sent': method<typeof markInput, Meeting>(markInput),
  'invitations/unmark-sent': method<typeof unmarkInput, Meeting>(unmarkInput),
  'meetings/cancel': method<typeof idInput, Meeting>(idInput),
  'meetings/reactivate': method<typeof idInput, Meeting>(idInput),
  /** Store the user's wording of one template (Settings); only settings.templates changes. */
  'templates/save': method<typeof templateInput, Settings>(templateInput),
} as const;
