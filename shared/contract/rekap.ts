// Contract methods of the recap of attendance (rekap kehadiran): the recap itself for a
// period and a choice of units, its exports, and one unit's history for the roster. All
// read-only: nothing here writes to the data folder.
import { z } from 'zod';
import { method, type FileResult } from './define';
import { isValidIsoDate } from '../domain/datetime';
import type { Rekap, Tally, UnitHistoryEntry } from '../domain/rekap';

const optionalDate = z.union([z.literal(''), z.string().refine(isValidIsoDate, { message: 'Tanggal tidak valid (format TTTT-BB-HH).' })]);

export const RekapFilterSchema = z
  .object({
    from: optionalDate.default(''),
    to: optionalDate.default(''),
    unitKind: z.enum(['all', 'kabupaten', 'kota']).default('all'),
    unitCodes: z.array(z.string().min(1).max(10)).max(2000).default([]),
    /** Only the meetings of this series (its name, compared as seriesKey does); empty = every meeting. */
    series: z.string().max(200).default(''),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'Tanggal akhir periode tidak boleh sebelum tanggal awal.', path: ['to'] });

export interface UnitHistory {
  code: string;
  entries: UnitHistoryEntry[];
  total: Tally;
}

export const rekapContract = {
  /** Units x meetings for the meetings that took place in the period (not cancelled, not in the bin). */
  'rekap/get': method<typeof RekapFilterSchema, Rekap>(RekapFilterSchema),
  /** The same recap as an Excel workbook: the table, the rates per unit and per role, the meetings. */
  'rekap/export-xlsx': method<typeof RekapFilterSchema, FileResult>(RekapFilterSchema),
  /** The same recap as a report ready to sign: letterhead, period, the table with shaded cells, signature. */
  'rekap/export-docx': method<typeof RekapFilterSchema, FileResult>(RekapFilterSchema),
  /** The meetings one unit was invited to that took place, newest first, with what it attended. */
  'rekap/unit-history': method<z.ZodObject<{ code: z.ZodString }>, UnitHistory>(z.object({ code: z.string().min(1).max(10) }).strict()),
} as const;
