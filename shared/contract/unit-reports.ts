// Contract methods of the per-unit report table (isian unit) beyond its intents: the table as
// an .xlsx workbook, and how one unit's answers changed across meetings (for its roster page).
import { z } from 'zod';
import { method, idInput, type FileResult } from './define';
import type { HistoryGroup } from '../domain/unit-reports';

export interface UnitReportHistory {
  code: string;
  groups: HistoryGroup[];
}

const unitInput = z.object({ code: z.string().min(1).max(10) }).strict();

export const unitReportsContract = {
  /** The unit x item table of one meeting with the summary per item, as an Excel workbook. */
  'unit-reports/export-xlsx': method<typeof idInput, FileResult>(idInput),
  /** One unit's answers meeting by meeting: per series, and by item name outside any series. */
  'unit-reports/history': method<typeof unitInput, UnitReportHistory>(unitInput),
} as const;
