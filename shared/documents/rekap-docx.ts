// The recap of attendance as a DOCX report ready to sign: letterhead, title and period, the
// rates per role, the units that missed the most and the signature block on the first page;
// then as attachments the list of meetings and the units x meetings table (shaded cells,
// rates) on landscape pages, a dozen meetings per page. Built from the recap's numbers, so it
// carries the table, not a picture.
import { Paragraph, ShadingType, Table, TableCell, TableRow, VerticalAlignTable, WidthType, type ISectionOptions } from 'docx';
import type { Settings } from '../domain/settings';
import { formatDateLong, formatDayDate, utcToZoned } from '../domain/datetime';
import { regionInWords, unitsWordOf } from '../domain/org-words';
import { officialUnitName } from '../domain/units';
import { formatPercent, periodInWords, rateBand, rateOf, rekapUnitName, shortDate, unitsShownInWords, type Rekap, type Tally } from '../domain/rekap';
import { exportFileName } from '../text/file-name';
import { itemAt } from '../indexed';
import {
  documentAuthor,
  blank,
  cell,
  fixedTable,
  letterhead,
  newDocument,
  packDocument,
  pageGeometry,
  pageNumberFooter,
  para,
  sectionPage,
  SMALL_SIZE,
} from './common';

/** Meetings per landscape page: 12 columns of about 1.6 cm keep "3/3" and a date legible. */
export const MEETINGS_PER_PAGE = 12;

/** Cell fills of the heat map, none present … all present; light enough for black text in print. */
export const BAND_FILL = ['F4B6B6', 'F9CFA8', 'FCE7A2', 'D4EBC0', 'A8D5A2'] as const;
const BAND_WORDS = ['tidak ada yang hadir', 'kurang dari sepertiga', 'sepertiga s.d. dua pertiga', 'dua pertiga atau lebih', 'semua peran hadir'];

const TINY = 14;
const TABLE = 15;

export function rekapTitle(settings: Pick<Settings, 'organisation' | 'region'>): string {
  const province = regionInWords(settings);
  return `Rekapitulasi Kehadiran Rapat Koordinasi ${unitsWordOf(settings)}${province ? ` se-${province}` : ''}`;
}

/** "Rekap Kehadiran 2026-01-01 sd 2026-12-31.xlsx": the period first so the files sort. */
export function rekapFileName(rekap: Pick<Rekap, 'filter' | 'meetings'>, ext: 'xlsx' | 'docx'): string {
  const from = rekap.filter.from || rekap.meetings[0]?.date || '';
  const to = rekap.filter.to || rekap.meetings.at(-1)?.date || '';
  const span = from && to ? (from === to ? from : `${from} sd ${to}`) : 'semua';
  return exportFileName('Rekap Kehadiran', span, '', ext);
}

function shaded(width: number, text: string, fill: string | null, o: { bold?: boolean; size?: number; align?: 'center' | 'left' } = {}): TableCell {
  return new TableCell({
    // An empty cell's paragraph mark gets the table's size too, or the row grows to 12 pt.
    children: [
      text ? para(text, { size: o.size ?? TABLE, bold: o.bold, align: o.align ?? 'center' }) : new Paragraph({ children: [], run: { size: o.size ?? TABLE } }),
    ],
    width: { size: width, type: WidthType.DXA },
    shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
  });
}

const tallyText = (t: Tally) => `${t.present}/${t.invited}`;

function summary(rekap: Rekap, width: number, unitsWord: string): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  const w: [number, number, number] = [Math.round(width * 0.45), Math.round(width * 0.2), width - Math.round(width * 0.45) - Math.round(width * 0.2)];
  const head = (text: string, i: number) =>
    cell(itemAt(w, i), [para(text, { bold: true, size: SMALL_SIZE, align: i ? 'center' : undefined })], { shade: true });
  const row = (a: string, b: string, c: string, bold = false) =>
    new TableRow({
      cantSplit: true,
      children: [
        cell(w[0], [para(a, { size: SMALL_SIZE, bold })]),
        cell(w[1], [para(b, { size: SMALL_SIZE, align: 'center', bold })]),
        cell(w[2], [para(c, { size: SMALL_SIZE, align: 'center', bold })]),
      ],
    });
  out.push(para('A. Tingkat kehadiran per peran', { bold: true, before: 120, after: 60 }));
  out.push(
    fixedTable(
      w,
      [
        new TableRow({ tableHeader: true, children: [head('Peran', 0), head('Hadir/Diundang', 1), head('Tingkat kehadiran', 2)] }),
        ...rekap.roles.map((r) => row(r.label, tallyText(r.total), formatPercent(rateOf(r.total)))),
        row('Seluruh peran', tallyText(rekap.total), formatPercent(rateOf(rekap.total)), true),
      ],
      { borders: true, cellMargins: { top: 0, bottom: 0, left: 80, right: 80 } },
    ),
  );
  out.push(para(`B. ${unitsWord} yang paling sering tidak hadir`, { bold: true, before: 120, after: 60 }));
  if (!rekap.mostMissed.length) {
    out.push(para(`Setiap ${unitsWord} hadir (sekurang-kurangnya satu peran) pada setiap rapat yang diundang.`, { size: SMALL_SIZE }));
  } else {
    out.push(
      fixedTable(
        w,
        [
          new TableRow({ tableHeader: true, children: [head(unitsWord, 0), head('Tidak hadir', 1), head('Tingkat kehadiran', 2)] }),
          ...rekap.mostMissed.slice(0, 5).map((m) => {
            const u = rekap.units.find((x) => x.code === m.code)!;
            return row(officialUnitName({ code: m.code, name: m.name, kind: m.kind }), `${m.missed} dari ${m.invited} rapat`, formatPercent(rateOf(u.total)));
          }),
        ],
        { borders: true, cellMargins: { top: 0, bottom: 0, left: 80, right: 80 } },
      ),
    );
  }
  return out;
}

function meetingList(rekap: Rekap, width: number): Array<Paragraph | Table> {
  const w = [600, 2700, width - 600 - 2700 - 2000, 2000];
  const head = (text: string, i: number) => cell(itemAt(w, i), [para(text, { bold: true, size: SMALL_SIZE, align: 'center' })], { shade: true });
  const t = (i: number, text: string, center = false) => cell(itemAt(w, i), [para(text, { size: SMALL_SIZE, align: center ? 'center' : undefined })]);
  return [
    para('Lampiran 1. Rapat yang direkap', { bold: true, after: 80, pageBreakBefore: true, keepNext: true }),
    fixedTable(
      w,
      [
        new TableRow({ tableHeader: true, children: [head('No.', 0), head('Hari/Tanggal', 1), head('Nama rapat', 2), head('Kehadiran', 3)] }),
        ...rekap.meetings.map(
          (m, i) =>
            new TableRow({
              cantSplit: true,
              children: [
                t(0, `${i + 1}.`, true),
                t(1, formatDayDate(m.date)),
                t(2, m.title),
                t(3, `${formatPercent(rateOf(m.total))} (${tallyText(m.total)})`, true),
              ],
            }),
        ),
      ],
      { borders: true, cellMargins: { top: 0, bottom: 0, left: 80, right: 80 } },
    ),
  ];
}

/** The units x meetings table for meetings [start, end). */
function heatTable(rekap: Rekap, start: number, end: number, textWidth: number, unitsWord: string): Table {
  const noW = 450;
  const unitW = 2100;
  const tallyW = 950;
  const rateW = 900;
  const n = end - start;
  const meetingW = Math.floor((textWidth - noW - unitW - tallyW - rateW) / MEETINGS_PER_PAGE);
  const widths = [noW, unitW, ...Array.from({ length: n }, () => meetingW), tallyW, rateW];
  const h = (w: number, lines: string[]) =>
    cell(
      w,
      lines.map((l, i) => para(l, { bold: i === 0, size: i === 0 ? TABLE : TINY, align: 'center' })),
      { shade: true, vCenter: true },
    );
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      h(noW, ['No.']),
      h(unitW, [unitsWord]),
      ...rekap.meetings.slice(start, end).map((m, i) => h(meetingW, [`Rapat ${start + i + 1}`, shortDate(m.date)])),
      h(tallyW, ['Hadir/', 'Diundang']),
      h(rateW, ['Tingkat', 'kehadiran']),
    ],
  });
  const body = rekap.units.map(
    (u, i) =>
      new TableRow({
        cantSplit: true,
        children: [
          shaded(noW, `${i + 1}.`, null),
          shaded(unitW, rekapUnitName(u), null, { align: 'left' }),
          ...u.cells.slice(start, end).map((c) => (c ? shaded(meetingW, tallyText(c), BAND_FILL[rateBand(c)]) : shaded(meetingW, '', null))),
          shaded(tallyW, u.total.invited ? tallyText(u.total) : '', null),
          shaded(rateW, formatPercent(rateOf(u.total)), null, { bold: true }),
        ],
      }),
  );
  const foot = new TableRow({
    cantSplit: true,
    children: [
      shaded(noW, '', 'E7E6E6'),
      shaded(unitW, 'Tingkat kehadiran', 'E7E6E6', { bold: true, align: 'left' }),
      ...rekap.meetings.slice(start, end).map((m) => shaded(meetingW, formatPercent(rateOf(m.total)), 'E7E6E6', { bold: true, size: TINY })),
      shaded(tallyW, tallyText(rekap.total), 'E7E6E6'),
      shaded(rateW, formatPercent(rateOf(rekap.total)), 'E7E6E6', { bold: true }),
    ],
  });
  return fixedTable(widths, [header, ...body, foot], { borders: true, cellMargins: { top: 0, bottom: 0, left: 40, right: 40 } });
}

function legend(): Paragraph {
  const parts = BAND_WORDS;
  return para(
    `Setiap sel: peran yang hadir dari peran yang diundang (hadir atau terlambat). Warna sel, dari merah ke hijau: ${parts.join('; ')}. Sel kosong: KPU tidak diundang ke rapat itu.`,
    { size: TINY, italics: true, before: 60 },
  );
}

function signature(settings: Settings, width: number, generatedAt: Date): Table {
  const half = Math.floor(width / 2);
  const widths: [number, number] = [width - half, half];
  const s = settings.defaultSignatory;
  const place = settings.organisation.city.trim();
  const today = utcToZoned(generatedAt, settings.defaultTimeZone ?? 'WIB').date;
  const block = [
    para(`${place ? `${place}, ` : ''}${formatDateLong(today)}`, { align: 'center' }),
    para(`${s.jabatan.trim() || 'Ketua'},`, { align: 'center' }),
    blank(),
    blank(),
    blank(),
    para(s.name.trim() || '(.................................)', { align: 'center', bold: true, underline: !!s.name.trim() }),
  ];
  return fixedTable(widths, [new TableRow({ cantSplit: true, children: [cell(widths[0], []), cell(widths[1], block)] })]);
}

export async function buildRekapDocx(rekap: Rekap, settings: Settings, o: { generatedAt: Date }): Promise<Uint8Array> {
  const geom = pageGeometry(settings.paper, true);
  const width = geom.textWidth;
  const intro: Array<Paragraph | Table> = [
    ...letterhead(settings.organisation, width),
    para(rekapTitle(settings).toUpperCase(), { bold: true, align: 'center', size: 26 }),
    para(`Periode ${periodInWords(rekap)}`, { align: 'center', after: 60 }),
    para(
      `${rekap.meetings.length} rapat yang telah terlaksana, ${unitsShownInWords(rekap, unitsWordOf(settings))}; tingkat kehadiran keseluruhan ${formatPercent(rateOf(rekap.total))} (${tallyText(rekap.total)} peran).` +
        (rekap.excluded.cancelled || rekap.excluded.notYetHeld
          ? ` Tidak dihitung: ${rekap.excluded.cancelled} rapat dibatalkan, ${rekap.excluded.notYetHeld} rapat belum terlaksana.`
          : ''),
      { size: SMALL_SIZE, align: 'center' },
    ),
    ...summary(rekap, width, unitsWordOf(settings)),
  ];
  const tables: Array<Paragraph | Table> = [];
  const pages = Math.max(1, Math.ceil(rekap.meetings.length / MEETINGS_PER_PAGE));
  for (let p = 0; p < pages; p++) {
    const start = p * MEETINGS_PER_PAGE;
    const end = Math.min(rekap.meetings.length, start + MEETINGS_PER_PAGE);
    tables.push(
      para(`Lampiran 2. Kehadiran per ${unitsWordOf(settings)}${pages > 1 ? ` (rapat ${start + 1}–${end} dari ${rekap.meetings.length})` : ''}`, {
        bold: true,
        after: 80,
        pageBreakBefore: true,
        keepNext: true,
      }),
      heatTable(rekap, start, end, width, unitsWordOf(settings)),
      legend(),
    );
  }
  const section: ISectionOptions = {
    properties: sectionPage(geom),
    footers: { default: pageNumberFooter() },
    // Signed under the summary on the first page; the list of meetings and the table follow as
    // attachments, so however long they are, the signature never stands alone on a page.
    children: [...intro, blank(120), signature(settings, width, o.generatedAt), ...meetingList(rekap, width), ...tables],
  };
  return packDocument(newDocument(rekapTitle(settings), [section], documentAuthor(settings)));
}
