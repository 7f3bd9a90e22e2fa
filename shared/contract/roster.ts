// Contract methods of the roster (Daftar Kontak): one person or role at a time, so a quick
// edit rewrites only what changed, and the CSV import in two steps (preview, then apply).
import { z } from 'zod';
import { method, idInput, idString, empty, type FileResult } from './define';
import type { Person, Roster } from '../domain/roster';
import type { Role } from '../domain/roles';
import type { PersonField } from '../domain/roster-ops';

const unitCode = z.string().min(1).max(10);
const roleId = z.string().min(1).max(60);

export const PersonPatchSchema = z
  .object({
    name: z.string().max(1000),
    jabatan: z.string().max(1000),
    email: z.string().max(1000),
    phone: z.string().max(100),
    notes: z.string().max(5000),
  })
  .partial()
  .strict();

export const RoleInputSchema = z.object({
  label: z.string().max(1000),
  short: z.string().max(1000),
  keywords: z.array(z.string().max(100)).max(50),
});

/** A CSV or .xlsx file's bytes, as base64 (JSON over IPC and HTTP alike); at most about 10 MB. */
const fileInput = z.object({ base64: z.string().min(1, 'File kosong.').max(14_000_000, 'File terlalu besar (maks. 10 MB).') });

export interface RosterPreviewChange {
  field: PersonField;
  from: string;
  to: string;
}

/** One CSV row as the preview shows it: what it will do, or why it is refused. */
export interface RosterPreviewRow {
  line: number;
  ok: boolean;
  change: 'baru' | 'ubah' | 'sama' | 'salah';
  unitCode: string;
  /** "Kab. Tulungagung", empty when the unit was not recognised. */
  unitLabel: string;
  roleLabel: string;
  name: string;
  email: string;
  phone: string;
  /** For "ubah": each field that changes. */
  changes: RosterPreviewChange[];
  errors: string[];
  /** For a wrong row: its cells as written, so the user finds it in the file. */
  raw: string;
}

export interface RosterImportPreview {
  rows: RosterPreviewRow[];
  counts: { baru: number; ubah: number; sama: number; salah: number };
  /** How the file was read, for the user: "UTF-8", "Windows-1252", ... */
  encoding: string;
  /** For a CSV; null for an .xlsx. */
  delimiter: ',' | ';' | '\t' | null;
}

export interface RosterImportResult {
  roster: Roster;
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

export const rosterContract = {
  /** Create or change one person; the id is made by the caller so quick successive edits reach the same row. */
  'roster/save-person': method<
    z.ZodObject<{ id: typeof idString; unitCode: typeof unitCode; roleId: typeof roleId; patch: typeof PersonPatchSchema }>,
    { roster: Roster; person: Person | null }
  >(z.object({ id: idString, unitCode, roleId, patch: PersonPatchSchema })),
  'roster/delete-person': method<typeof idInput, Roster>(idInput),

  'roster/add-role': method<typeof RoleInputSchema, { roster: Roster; role: Role }>(RoleInputSchema),
  'roster/update-role': method<z.ZodObject<{ id: typeof roleId; role: typeof RoleInputSchema }>, Roster>(z.object({ id: roleId, role: RoleInputSchema })),
  'roster/move-role': method<z.ZodObject<{ id: typeof roleId; direction: z.ZodUnion<[z.ZodLiteral<-1>, z.ZodLiteral<1>]> }>, Roster>(
    z.object({ id: roleId, direction: z.union([z.literal(-1), z.literal(1)]) }),
  ),
  'roster/remove-role': method<z.ZodObject<{ id: typeof roleId }>, Roster>(z.object({ id: roleId })),

  /** Reads a roster CSV and says per row what would change; writes nothing. */
  'roster/import-preview': method<typeof fileInput, RosterImportPreview>(fileInput),
  /** Reads the file again and writes only its good rows. */
  'roster/import-apply': method<typeof fileInput, RosterImportResult>(fileInput),
  'roster/export-csv': method<z.ZodObject<{ delimiter: z.ZodOptional<z.ZodEnum<{ ',': ','; ';': ';' }>> }>, FileResult>(
    z.object({ delimiter: z.enum([',', ';']).optional() }),
  ),
  /** The roster as an Excel workbook with the CSV's columns, so it can be imported again. */
  'roster/export-xlsx': method<typeof empty, FileResult>(empty),
} as const;
