// The invitation letter (surat undangan) as DOCX bytes: one letter to all KPU Kabupaten/Kota
// with the list of units attached, or one letter per invited unit in a single document. The
// wording comes from letterContent (letter-content.ts), which the print view draws too.
import { Paragraph, Table, TableRow, type ISectionOptions } from 'docx';
import type { Meeting } from '../domain/meeting';
import type { Roster } from '../domain/roster';
import type { Settings } from '../domain/settings';
import {
  documentAuthor,
  CM,
  SMALL_SIZE,
  TABLE_SIZE,
  blank,
  cell,
  continuationPageHeaders,
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
import { letterContent, type LetterContent, type LetterPage } from '../domain/letter-content';

export type { LetterForm } from '../domain/letter-content';
import type { LetterForm } from '../domain/letter-content';
import { itemAt } from '../indexed';

/** Left part of the Nomor/Hal block; the body is indented to line up with its values. */
const LABEL_W = 1400;
const COLON_W = 280;
const BODY_INDENT = LABEL_W + COLON_W;

function headerBlock(c: LetterContent, geom: PageGeometry): Table {
  const dateW = 3600;
  const valueW = geom.textWidth - LABEL_W - COLON_W - dateW;
  return fixedTable(
    [LABEL_W, COLON_W, valueW, dateW],
    c.heading.map(
      ({ label, value }, i) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(LABEL_W, [para(label)]),
            cell(COLON_W, [para(':')]),
            cell(valueW, [para(value, { bold: label === 'Hal' })]),
            cell(dateW, i === 0 ? [para(c.placeDate, { align: 'right' })] : []),
          ],
        }),
    ),
  );
}

function addressee(text: string): Paragraph[] {
  return [para([run('Yth. '), run(text)], { indent: 560, hanging: 560, before: 200 }), para('di -'), para('Tempat', { indent: CM, after: 200 })];
}

function detailsBlock(c: LetterContent, geom: PageGeometry): Table {
  const acara = c.agenda.length === 1 ? [para(itemAt(c.agenda, 0))] : c.agenda.map((a, i) => numbered(`${i + 1}.`, a, { indent: 400, hanging: 400 }));
  const total = geom.textWidth - BODY_INDENT;
  return labelValueBlock([...c.details, { label: 'Acara', value: acara, flow: true }], labelWidths(total, 1900), { indent: BODY_INDENT });
}

/** About 2.5 cm between the jabatan and the name: room for the signature and the stamp. */
const SIGNATURE_SPACE = 1400;

function signatureBlock(c: LetterContent, geom: PageGeometry): Table {
  const leftW = Math.round(geom.textWidth * 0.45);
  const rightW = geom.textWidth - leftW;
  const jabatan = c.signature.jabatanLines;
  const lines = [
    ...jabatan.map((l, i) => para(l, { align: 'center', after: i === jabatan.length - 1 ? SIGNATURE_SPACE : 0 })),
    para(c.signature.name, { align: 'center', bold: true }),
  ];
  return fixedTable([leftW, rightW], [new TableRow({ cantSplit: true, children: [cell(leftW, []), cell(rightW, lines)] })]);
}

function tembusan(items: readonly string[]): Paragraph[] {
  if (!items.length) return [];
  return [
    para('Tembusan:', { size: SMALL_SIZE, keepNext: true, before: 160 }),
    ...items.map((t, i) => numbered(`${i + 1}.`, t, { indent: 360, hanging: 360, size: SMALL_SIZE })),
  ];
}

function letterBody(c: LetterContent, page: LetterPage, settings: Settings, geom: PageGeometry): Array<Paragraph | Table> {
  const bodyOpts = { indent: BODY_INDENT, align: 'justify' as const, after: 120 };
  return [
    ...letterhead(settings.organisation, geom.textWidth),
    headerBlock(c, geom),
    ...addressee(page.addressee),
    para(c.opening, bodyOpts),
    detailsBlock(c, geom),
    para(page.attendees, { ...bodyOpts, before: 200 }),
    para(c.closing, { ...bodyOpts, after: 360 }),
    signatureBlock(c, geom),
    ...tembusan(c.tembusan),
  ];
}

function attachment(c: LetterContent, geom: PageGeometry): Array<Paragraph | Table> {
  const a = c.attachment;
  if (!a) return [];
  const blockW = 4800;
  const indent = geom.textWidth - blockW;
  const head = labelValueBlock(a.heading, labelWidths(blockW, 1100, 240), { indent, size: SMALL_SIZE });
  const noW = 900;
  const unitW = 5200;
  const tableRows = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: [
        cell(noW, [para('No.', { bold: true, align: 'center', size: TABLE_SIZE })], { shade: true }),
        cell(unitW, [para(c.unitsWord, { bold: true, align: 'center', size: TABLE_SIZE })], { shade: true }),
      ],
    }),
    ...a.units.map(
      (u, i) =>
        new TableRow({
          cantSplit: true,
          children: [cell(noW, [para(`${i + 1}.`, { align: 'center', size: TABLE_SIZE })]), cell(unitW, [para(u, { size: TABLE_SIZE })])],
        }),
    ),
  ];
  const list = fixedTable([noW, unitW], tableRows, {
    borders: true,
    cellMargins: { top: 20, bottom: 20, left: 100, right: 100 },
    center: true,
  });
  return [
    para(a.lead, { indent, size: SMALL_SIZE, pageBreakBefore: true }),
    head,
    blank(360),
    para(a.title, { bold: true, align: 'center', after: 240 }),
    list,
  ];
}

export async function buildInvitationLetterDocx(
  meeting: Meeting,
  roster: Roster,
  settings: Settings,
  form: LetterForm,
  exportDate: string,
): Promise<Uint8Array> {
  return packDocument(
    newDocument(`Surat Undangan - ${meeting.title}`, invitationLetterSections(meeting, roster, settings, form, exportDate), documentAuthor(settings)),
  );
}

/** The letter as sections, for the letter file and the laporan kegiatan's attachment. */
export function invitationLetterSections(meeting: Meeting, roster: Roster, settings: Settings, form: LetterForm, exportDate: string): ISectionOptions[] {
  const c = letterContent(meeting, roster, settings, form, exportDate);
  const geom = pageGeometry(settings.paper);
  // Every letter numbers its own continuation pages from 2; its first page carries none.
  const section = (children: Array<Paragraph | Table>): ISectionOptions => ({
    properties: sectionPage(geom, 1, { titlePage: true }),
    headers: continuationPageHeaders(),
    children,
  });
  if (form === 'all') return [section([...letterBody(c, itemAt(c.letters, 0), settings, geom), ...attachment(c, geom)])];
  if (!c.letters.length) return [{ properties: sectionPage(geom), children: [para(`Belum ada ${c.unitsWord} yang diundang.`)] }];
  return c.letters.map((page) => section(letterBody(c, page, settings, geom)));
}
