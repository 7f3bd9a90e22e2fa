// The per-unit report table (isian unit) as a lampiran of the minutes: one row per invited
// unit, one column per item, and the summary per item under the table. Its own section, so
// the page turns landscape when the items need the width.
import { Paragraph, TableRow, type Header, type ISectionOptions, type Table } from 'docx';
import type { Meeting } from '../domain/meeting';
import type { Roster } from '../domain/roster';
import type { Settings } from '../domain/settings';
import { shortUnitName } from '../domain/units';
import { formatDayDate } from '../domain/datetime';
import { invitedUnits, placeInDocument, DASH } from '../domain/meeting-words';
import { answerText, summarizeReport, summaryText, type ReportItem } from '../domain/unit-reports';
import { SMALL_SIZE, cell, fixedTable, pageGeometry, pageNumberFooter, para, sectionPage } from './common';
import { itemAt } from '../indexed';
import { unitsWordOf } from '../domain/org-words';

const SIZE = 18;

function typeWord(item: ReportItem): string {
  return item.type === 'pilihan' ? `pilihan: ${item.options.join(' / ')}` : item.type === 'angka' ? 'angka' : 'teks';
}

/** The lampiran "Isian Laporan Unit", or null when the meeting defines no report items. */
export function unitReportsSection(meeting: Meeting, roster: Roster, settings: Settings, header: Header | undefined): ISectionOptions | null {
  const items = meeting.reportItems;
  if (!items.length) return null;
  const geom = pageGeometry(settings.paper, items.length > 3);
  const noW = 480;
  const unitW = 1900;
  const rest = geom.textWidth - noW - unitW;
  // Text answers get twice the width of a choice or a number.
  const weight = (it: ReportItem) => (it.type === 'teks' ? 2 : 1);
  const totalWeight = items.reduce((a, it) => a + weight(it), 0);
  const itemW = items.map((it) => Math.floor((rest * weight(it)) / totalWeight));
  const widths = [noW, unitW, ...itemW];
  const h = (w: number, text: string) => cell(w, [para(text, { size: SIZE, bold: true, align: 'center' })], { shade: true, vCenter: true });
  const c = (w: number, text: string, align?: 'center' | 'right') => cell(w, [para(text, { size: SIZE, align })]);
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [h(noW, 'No.'), h(unitW, unitsWordOf(settings)), ...items.map((it, i) => h(itemAt(itemW, i), it.name))],
  });
  const body = invitedUnits(meeting, roster).map(
    (u, i) =>
      new TableRow({
        cantSplit: true,
        children: [
          c(noW, `${i + 1}.`, 'center'),
          c(unitW, shortUnitName(u)),
          ...items.map((it, k) =>
            c(
              itemAt(itemW, k),
              answerText(meeting.reportAnswers[u.code]?.[it.id]) || DASH,
              it.type === 'angka' ? 'right' : it.type === 'pilihan' ? 'center' : undefined,
            ),
          ),
        ],
      }),
  );
  const table: Table = fixedTable(widths, [headerRow, ...body], { borders: true, cellMargins: { top: 10, bottom: 10, left: 60, right: 60 } });
  const summaries = summarizeReport(meeting);
  const summary: Paragraph[] = [
    para('Ringkasan per butir:', { bold: true, size: SMALL_SIZE, before: 160 }),
    ...items.map((it, i) => para(`${i + 1}. ${it.name} (${typeWord(it)}): ${summaryText(it, itemAt(summaries, i))}`, { size: SMALL_SIZE })),
  ];
  return {
    properties: sectionPage(geom),
    headers: header ? { default: header } : undefined,
    footers: { default: pageNumberFooter() },
    children: [
      para('Lampiran Notulen Rapat', { size: SMALL_SIZE, italics: true }),
      para('ISIAN LAPORAN KPU KABUPATEN/KOTA', { bold: true, align: 'center', size: 26, before: 120 }),
      para(meeting.title, { bold: true, align: 'center' }),
      para(`${formatDayDate(meeting.date)} · ${placeInDocument(meeting)}`, { align: 'center', size: SMALL_SIZE, after: 200 }),
      table,
      ...summary,
    ],
  };
}
