// The per-unit report table (isian unit) of a meeting as an Excel workbook: one row per
// invited unit, one column per item (numbers as number cells), the summary per item under it.
import type { Meeting } from '../../shared/domain/meeting';
import type { Roster } from '../../shared/domain/roster';
import type { Settings } from '../../shared/domain/settings';
import { summarizeReport, summaryText } from '../../shared/domain/unit-reports';
import { invitedUnits } from '../../shared/domain/meeting-words';
import { officialUnitName } from '../../shared/domain/units';
import { addTableSheet, meetingTitles, newWorkbook, workbookBytes, type XlsxColumn } from './xlsx-common';
import { itemAt } from '../../shared/indexed';

export async function buildUnitReportsXlsx(m: Meeting, roster: Roster, settings: Settings): Promise<Uint8Array> {
  const items = m.reportItems;
  const columns: XlsxColumn[] = [
    { header: 'No', width: 5, align: 'center' },
    { header: 'Kode', width: 7, align: 'center' },
    { header: 'Unit', width: 30, wrap: true },
    ...items.map((it): XlsxColumn => ({
      header: it.name,
      width: it.type === 'angka' ? 14 : it.type === 'pilihan' ? 18 : 32,
      wrap: it.type !== 'angka',
      align: it.type === 'angka' ? 'right' : 'left',
    })),
  ];
  const rows = invitedUnits(m, roster).map((u, i) => [i + 1, u.code, officialUnitName(u), ...items.map((it) => m.reportAnswers[u.code]?.[it.id] ?? null)]);
  const summaries = summarizeReport(m);
  const wb = await newWorkbook();
  addTableSheet(wb, {
    name: 'Isian Unit',
    titles: meetingTitles('ISIAN LAPORAN UNIT', m, settings),
    columns,
    rows,
    paper: settings.paper,
    orientation: items.length > 3 ? 'landscape' : 'portrait',
    footer: ['Ringkasan per butir:', ...items.map((it, i) => `${it.name}: ${summaryText(it, itemAt(summaries, i))}`)],
  });
  return workbookBytes(wb);
}
