// The invitation letter (surat undangan) as DOCX bytes: one letter to all KPU Kabupaten/Kota
// with the list of units attached, or one letter per invited unit in a single document.
import { Paragraph, Table, TableRow, type ISectionOptions } from 'docx';
import type { Meeting } from '../domain/meeting';
import type { Roster } from '../domain/roster';
import type { Settings } from '../domain/settings';
import { officialUnitName, type Unit } from '../domain/units';
import { formatDateLong, formatDayDate, formatTimeRange } from '../domain/datetime';
import { renderTemplate } from '../templates/render';
import { templateText } from '../../templates/index';
import {
  documentAuthor,
  CM,
  SMALL_SIZE,
  TABLE_SIZE,
  blank,
  cell,
  fixedTable,
  labelValueBlock,
  labelWidths,
  letterhead,
  newDocument,
  numbered,
  packDocument,
  pageGeometry,
  para,
  run,
  sectionPage,
  type PageGeometry,
} from './common';
import {
  agendaItems,
  invitedRolesInWords,
  invitedUnits,
  joinIndonesian,
  modeInWords,
  onlineRows,
  organizerInWords,
  placeInDocument,
  provinceName,
} from '../domain/meeting-words';

export type LetterForm = 'all' | 'per-unit';

interface LetterContext {
  meeting: Meeting;
  settings: Settings;
  geom: PageGeometry;
  values: Record<string, string>;
  letterDate: string;
  place: string;
  lampiran: string;
  signatory: { jabatan: string; name: string };
}

/** Left part of the Nomor/Hal block; the body is indented to line up with its values. */
const LABEL_W = 1400;
const COLON_W = 280;
const BODY_INDENT = LABEL_W + COLON_W;

function fill(key: string, ctx: LetterContext, extra: Record<string, string> = {}): string {
  return renderTemplate(templateText(key, ctx.settings.templates), { ...ctx.values, ...extra }).text;
}

function headerBlock(ctx: LetterContext): Table {
  const { letter } = ctx.meeting;
  const dateW = 3600;
  const valueW = ctx.geom.textWidth - LABEL_W - COLON_W - dateW;
  const rows: Array<[string, string]> = [
    ['Nomor', letter.number],
    ['Sifat', letter.sifat],
    ['Lampiran', ctx.lampiran],
    ['Hal', letter.hal],
  ];
  return fixedTable(
    [LABEL_W, COLON_W, valueW, dateW],
    rows.map(
      ([label, value], i) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(LABEL_W, [para(label)]),
            cell(COLON_W, [para(':')]),
            cell(valueW, [para(value, { bold: label === 'Hal' })]),
            cell(dateW, i === 0 ? [para(`${ctx.place}, ${formatDateLong(ctx.letterDate)}`, { align: 'right' })] : []),
          ],
        }),
    ),
  );
}

function addressee(text: string): Paragraph[] {
  return [
    para([run('Yth. '), run(text)], { indent: 560, hanging: 560, before: 280 }),
    para('di -'),
    para('Tempat', { indent: CM, after: 280 }),
  ];
}

function detailsBlock(ctx: LetterContext): Table {
  const m = ctx.meeting;
  const agenda = agendaItems(m);
  const acara =
    agenda.length === 1
      ? [para(agenda[0])]
      : agenda.map((a, i) => numbered(`${i + 1}.`, a, { indent: 400, hanging: 400 }));
  const rows = [
    { label: 'Hari/Tanggal', value: formatDayDate(m.date) },
    { label: 'Waktu', value: formatTimeRange(m.startTime, m.endTime, m.timeZone) },
    { label: 'Tempat', value: placeInDocument(m) },
    ...onlineRows(m),
    { label: 'Acara', value: acara },
  ];
  const total = ctx.geom.textWidth - BODY_INDENT;
  return labelValueBlock(rows, labelWidths(total, 1900), { indent: BODY_INDENT });
}

function signatureBlock(ctx: LetterContext): Table {
  const leftW = Math.round(ctx.geom.textWidth * 0.5);
  const rightW = ctx.geom.textWidth - leftW;
  const jabatan = ctx.signatory.jabatan.trim();
  const name = ctx.signatory.name.trim();
  // About 2.5 cm between jabatan and name for the signature and the stamp.
  const lines = [para(jabatan ? `${jabatan},` : '', { align: 'center', after: 1200 }), para(name, { align: 'center', bold: true })];
  return fixedTable([leftW, rightW], [new TableRow({ cantSplit: true, children: [cell(leftW, []), cell(rightW, lines)] })]);
}

function tembusan(items: readonly string[]): Paragraph[] {
  const xs = items.map((s) => s.trim()).filter(Boolean);
  if (!xs.length) return [];
  return [
    para('Tembusan Yth.:', { size: SMALL_SIZE, keepNext: true, before: 240 }),
    ...xs.map((t, i) => numbered(`${i + 1}.`, t, { indent: 360, hanging: 360, size: SMALL_SIZE })),
  ];
}

function letterBody(ctx: LetterContext, addresseeText: string, satuanKerja: string): Array<Paragraph | Table> {
  const bodyOpts = { indent: BODY_INDENT, align: 'justify' as const, after: 120 };
  return [
    ...letterhead(ctx.settings.organisation, ctx.geom.textWidth),
    headerBlock(ctx),
    ...addressee(addresseeText),
    para(fill('letter.opening', ctx), bodyOpts),
    detailsBlock(ctx),
    para(fill('letter.attendees', ctx, { satuan_kerja: satuanKerja }), { ...bodyOpts, before: 200 }),
    para(fill('letter.closing', ctx), { ...bodyOpts, after: 360 }),
    signatureBlock(ctx),
    ...tembusan(ctx.meeting.letter.tembusan),
  ];
}

function attachment(ctx: LetterContext, units: readonly Unit[]): Array<Paragraph | Table> {
  const { letter } = ctx.meeting;
  const org = ctx.values.penyelenggara;
  const blockW = 4800;
  const indent = ctx.geom.textWidth - blockW;
  const head = labelValueBlock(
    [
      { label: 'Nomor', value: letter.number },
      { label: 'Tanggal', value: formatDateLong(ctx.letterDate) },
      { label: 'Hal', value: letter.hal },
    ],
    labelWidths(blockW, 1100, 240),
    { indent, size: SMALL_SIZE },
  );
  const noW = 900;
  const unitW = 5200;
  const tableRows = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: [
        cell(noW, [para('No.', { bold: true, align: 'center', size: TABLE_SIZE })], { shade: true }),
        cell(unitW, [para('KPU Kabupaten/Kota', { bold: true, align: 'center', size: TABLE_SIZE })], { shade: true }),
      ],
    }),
    ...units.map(
      (u, i) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(noW, [para(`${i + 1}.`, { align: 'center', size: TABLE_SIZE })]),
            cell(unitW, [para(officialUnitName(u), { size: TABLE_SIZE })]),
          ],
        }),
    ),
  ];
  const list = fixedTable([noW, unitW], tableRows, {
    borders: true,
    cellMargins: { top: 20, bottom: 20, left: 100, right: 100 },
    center: true,
  });
  return [
    para(`Lampiran Surat ${org}`, { indent, size: SMALL_SIZE, pageBreakBefore: true }),
    head,
    blank(360),
    para(fill('letter.attachment-title', ctx), { bold: true, align: 'center', after: 240 }),
    list,
  ];
}

/** The default Lampiran of a new meeting, which counts the attached list of units. */
const DEFAULT_LAMPIRAN = '1 (satu) lembar';

/**
 * A letter per unit carries no list of units, so the default count would announce an
 * attachment that is not there; anything else the user typed is kept.
 */
function lampiranOf(lampiran: string, form: LetterForm): string {
  const own = lampiran.trim();
  if (!own || (form === 'per-unit' && own === DEFAULT_LAMPIRAN)) return '-';
  return own;
}

function context(meeting: Meeting, roster: Roster, settings: Settings, exportDate: string, form: LetterForm): LetterContext {
  const org = settings.organisation;
  const region = provinceName(settings);
  const dasar = joinIndonesian(meeting.references.map((r) => lowerFirst(r.trim())));
  const letter = meeting.letter;
  const signatory =
    letter.signatory.name.trim() || letter.signatory.jabatan.trim() ? letter.signatory : settings.defaultSignatory;
  return {
    meeting,
    settings,
    geom: pageGeometry(settings.paper),
    letterDate: letter.letterDate || exportDate,
    place: letter.place.trim() || org.city.trim(),
    lampiran: lampiranOf(letter.lampiran, form),
    signatory,
    values: {
      acara: meeting.title.trim(),
      tanggal: formatDateLong(meeting.date),
      hari_tanggal: formatDayDate(meeting.date),
      waktu: formatTimeRange(meeting.startTime, meeting.endTime, meeting.timeZone),
      moda: modeInWords(meeting),
      penyelenggara: organizerInWords(settings),
      provinsi: region,
      provinsi_kapital: region.toUpperCase(),
      dasar,
      rujukan: dasar ? ` serta menindaklanjuti ${dasar}` : '',
      peserta: invitedRolesInWords(meeting, roster),
      satuan_kerja: '',
    },
  };
}

/** "Surat KPU RI ..." as typed in a list reads "surat KPU RI ..." in the middle of a sentence. */
function lowerFirst(s: string): string {
  return /^Surat\b/.test(s) ? `s${s.slice(1)}` : s;
}

export async function buildInvitationLetterDocx(
  meeting: Meeting,
  roster: Roster,
  settings: Settings,
  form: LetterForm,
  exportDate: string,
): Promise<Uint8Array> {
  return packDocument(newDocument(`Surat Undangan - ${meeting.title}`, invitationLetterSections(meeting, roster, settings, form, exportDate), documentAuthor(settings)));
}

/** The letter as sections, for the letter file and the laporan kegiatan's attachment. */
export function invitationLetterSections(
  meeting: Meeting,
  roster: Roster,
  settings: Settings,
  form: LetterForm,
  exportDate: string,
): ISectionOptions[] {
  const ctx = context(meeting, roster, settings, exportDate, form);
  const units = invitedUnits(meeting, roster);
  const sections: ISectionOptions[] = [];
  if (form === 'all') {
    sections.push({
      properties: sectionPage(ctx.geom),
      children: [
        ...letterBody(ctx, fill('letter.addressee.all', ctx), 'pada KPU Kabupaten/Kota masing-masing'),
        ...attachment(ctx, units),
      ],
    });
  } else {
    for (const u of units) {
      const name = officialUnitName(u);
      sections.push({
        properties: sectionPage(ctx.geom, 1),
        children: letterBody(ctx, fill('letter.addressee.unit', ctx, { satuan_kerja: name }), `pada ${name}`),
      });
    }
    if (!sections.length) {
      sections.push({ properties: sectionPage(ctx.geom), children: [para('Belum ada KPU Kabupaten/Kota yang diundang.')] });
    }
  }
  return sections;
}
