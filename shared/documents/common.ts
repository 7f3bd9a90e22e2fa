// Building blocks shared by the letter, the minutes and the attendance list: page setup,
// letterhead (kop surat), borderless label/value blocks and the "Halaman X dari Y" footer.
import { printableText } from '../text/printable';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
  type ITableOptions,
} from 'docx';
import { PAPER_TWIPS, type Organisation, type Paper } from '../domain/settings';
import { xmlSafeText } from '../text/clean';

export const FONT = 'Arial';
/** Half-points: 12 pt body text, as in the commission's letters. */
export const BODY_SIZE = 24;
export const SMALL_SIZE = 20;
export const TABLE_SIZE = 20;

type ITableCellMarginOptions = NonNullable<ITableOptions['margins']>;

/** Twips per centimetre. */
export const CM = 567;

export interface PageGeometry {
  paper: Paper;
  landscape: boolean;
  /** Portrait width and height (docx swaps them for landscape). */
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number; header: number; footer: number };
  /** Width between the margins, in twips, for table widths. */
  textWidth: number;
}

/** Page size from the paper setting, margins of an official letter (3 cm binding side). */
export function pageGeometry(paper: Paper, landscape = false): PageGeometry {
  const { width, height } = PAPER_TWIPS[paper];
  const margin = landscape
    ? { top: 2 * CM, right: 2 * CM, bottom: 2 * CM, left: 2 * CM, header: CM, footer: CM }
    : { top: 2 * CM, right: 2 * CM, bottom: 2 * CM, left: 3 * CM, header: CM, footer: CM };
  const across = landscape ? height : width;
  return { paper, landscape, width, height, margin, textWidth: across - margin.left - margin.right };
}

export function sectionPage(geom: PageGeometry, pageNumberStart?: number): NonNullable<ISectionOptions['properties']> {
  return {
    page: {
      size: {
        width: geom.width,
        height: geom.height,
        orientation: geom.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: geom.margin,
      ...(pageNumberStart !== undefined ? { pageNumbers: { start: pageNumberStart } } : {}),
    },
  };
}

/**
 * Who the document properties name as author: the organisation from Settings ("KOMISI
 * PEMILIHAN UMUM PROVINSI JAWA TIMUR"), so a file shows its commission in Explorer and Word,
 * not the docx library's "Un-named".
 */
export function documentAuthor(settings: { organisation: { name: string; subtitle: string } }): string {
  return [settings.organisation.name, settings.organisation.subtitle].map((x) => x.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' ') || 'Rakor';
}

export function newDocument(title: string, sections: ISectionOptions[], author: string): Document {
  return new Document({
    title,
    creator: author,
    lastModifiedBy: author,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: BODY_SIZE },
          // An explicit "auto" rule: without it LibreOffice reads the line height as exact and clips the logo.
          paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections,
  });
}

/** Bytes of a .docx file; Packer.toArrayBuffer works in Node and in the browser alike. */
export async function packDocument(doc: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

export interface TextOptions {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  size?: number;
  color?: string;
}

export function run(text: string, o: TextOptions = {}): TextRun {
  return new TextRun({
    // Left out here, where every text run of every document is made: what the font cannot print.
    text: printableText(xmlSafeText(text)),
    bold: o.bold,
    italics: o.italics,
    size: o.size,
    color: o.color,
    underline: o.underline ? {} : undefined,
  });
}

export interface ParaOptions extends TextOptions {
  align?: 'left' | 'center' | 'right' | 'justify';
  /** Left indent in twips. */
  indent?: number;
  hanging?: number;
  before?: number;
  after?: number;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

export function para(content: string | TextRun[], o: ParaOptions = {}): Paragraph {
  const children = typeof content === 'string' ? (content === '' ? [] : [run(content, o)]) : content;
  return new Paragraph({
    children,
    alignment: o.align ? ALIGN[o.align] : undefined,
    indent:
      o.indent !== undefined || o.hanging !== undefined ? { left: o.indent ?? 0, hanging: o.hanging } : undefined,
    spacing: o.before !== undefined || o.after !== undefined ? { before: o.before, after: o.after } : undefined,
    keepNext: o.keepNext,
    keepLines: o.keepNext,
    pageBreakBefore: o.pageBreakBefore,
  });
}

export function blank(after = 0): Paragraph {
  return new Paragraph({ children: [], spacing: after ? { after } : undefined });
}

/**
 * "1.<tab>text" with a hanging indent, so wrapped lines align with the text. Numbers are
 * typed, not Word list numbering, so every viewer shows the same numbers.
 */
export function numbered(label: string, text: string | TextRun[], o: ParaOptions & { indent: number; hanging: number }): Paragraph {
  const body = typeof text === 'string' ? [run(text, o)] : text;
  return new Paragraph({
    children: [run(label, o), run('\t'), ...body],
    alignment: o.align ? ALIGN[o.align] : undefined,
    indent: { left: o.indent, hanging: o.hanging },
    tabStops: [{ type: TabStopType.LEFT, position: o.indent }],
    spacing: o.before !== undefined || o.after !== undefined ? { before: o.before, after: o.after } : undefined,
    keepNext: o.keepNext,
  });
}

const ZERO_MARGINS: ITableCellMarginOptions = { top: 0, bottom: 0, left: 0, right: 0 };

/**
 * A table with fixed layout and explicit widths on the grid and on every cell: LibreOffice
 * ignores automatic widths, and Word honours these the same way.
 */
export function fixedTable(
  widths: readonly number[],
  rows: TableRow[],
  o: { borders?: boolean; cellMargins?: ITableCellMarginOptions; center?: boolean; indent?: number } = {},
): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  return new Table({
    rows,
    width: { size: total, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: o.borders
      ? {
          top: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
          bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
          left: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
          right: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
          insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
          insideVertical: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
        }
      : TableBorders.NONE,
    margins: o.cellMargins ?? ZERO_MARGINS,
    alignment: o.center ? AlignmentType.CENTER : undefined,
    indent: o.indent ? { size: o.indent, type: WidthType.DXA } : undefined,
  });
}

export function cell(
  width: number,
  children: Paragraph[],
  o: { columnSpan?: number; rowSpan?: number; shade?: boolean; vCenter?: boolean } = {},
): TableCell {
  return new TableCell({
    children: children.length ? children : [new Paragraph({ children: [] })],
    width: { size: width, type: WidthType.DXA },
    columnSpan: o.columnSpan,
    rowSpan: o.rowSpan,
    shading: o.shade ? { fill: 'E7E6E6' } : undefined,
    verticalAlign: o.vCenter ? VerticalAlignTable.CENTER : undefined,
  });
}

export type BlockValue = string | string[] | Paragraph[];

export interface LabelWidths {
  label: number;
  colon: number;
  value: number;
}

/** Widths of a label/colon/value block that fills `total`. */
export function labelWidths(total: number, label: number, colon = 280): LabelWidths {
  return { label, colon, value: total - label - colon };
}

function valueParagraphs(v: BlockValue, o: TextOptions): Paragraph[] {
  if (typeof v === 'string') return [para(v, o)];
  if (v.length === 0) return [para('')];
  if (v[0] instanceof Paragraph) return v as Paragraph[];
  return (v as string[]).map((s) => para(s, o));
}

/** "Hari/Tanggal : Rabu, 25 Mei 2022" rows, as a borderless table so values wrap under themselves. */
export function labelValueBlock(
  rows: ReadonlyArray<{ label: string; value: BlockValue; bold?: boolean }>,
  widths: LabelWidths,
  o: TextOptions & { indent?: number; rowGap?: number } = {},
): Table {
  const w = o.indent ? [o.indent, widths.label, widths.colon, widths.value] : [widths.label, widths.colon, widths.value];
  const gap = o.rowGap ?? 0;
  const tableRows = rows.map((r) => {
    const text = { size: o.size, bold: r.bold };
    const cells = [
      cell(widths.label, [para(r.label, { size: o.size, after: gap })]),
      cell(widths.colon, [para(':', { size: o.size })]),
      cell(widths.value, valueParagraphs(r.value, text)),
    ];
    if (o.indent) cells.unshift(cell(o.indent, []));
    return new TableRow({ children: cells, cantSplit: true });
  });
  return fixedTable(w, tableRows);
}

export interface ImageInfo {
  data: Uint8Array;
  type: 'png' | 'jpg';
  width: number;
  height: number;
}

function base64Bytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Type and pixel size of a PNG or JPEG, read from its bytes; null for anything else. */
export function imageInfo(data: Uint8Array): ImageInfo | null {
  if (data.length >= 24 && data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47) {
    const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const width = dv.getUint32(16);
    const height = dv.getUint32(20);
    return width > 0 && height > 0 ? { data, type: 'png', width, height } : null;
  }
  if (data.length >= 4 && data[0] === 0xff && data[1] === 0xd8) {
    let i = 2;
    while (i + 9 < data.length) {
      if (data[i] !== 0xff) return null;
      const marker = data[i + 1];
      if (marker === 0xff) {
        i++;
        continue;
      }
      const len = (data[i + 2] << 8) | data[i + 3];
      const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
      if (isSof) {
        const height = (data[i + 5] << 8) | data[i + 6];
        const width = (data[i + 7] << 8) | data[i + 8];
        return width > 0 && height > 0 ? { data, type: 'jpg', width, height } : null;
      }
      i += 2 + len;
    }
  }
  return null;
}

/** The logo of a data URL ("data:image/png;base64,..."), or null when it is not a usable image. */
export function logoFromDataUrl(dataUrl: string): ImageInfo | null {
  const m = /^data:image\/[a-z+.-]+;base64,(.*)$/is.exec(dataUrl.trim());
  if (!m) return null;
  try {
    return imageInfo(base64Bytes(m[1].replace(/\s+/g, '')));
  } catch {
    return null;
  }
}

/** Logo box of the letterhead, in pixels at 96 per inch (about 2.1 x 2.4 cm at most). */
const LOGO_HEIGHT_PX = 80;
const LOGO_MAX_WIDTH_PX = 90;
const LOGO_COLUMN = 1400;

function letterheadLines(org: Organisation): Paragraph[] {
  const out: Paragraph[] = [];
  if (org.name.trim()) out.push(para(org.name.trim().toUpperCase(), { bold: true, size: 28, align: 'center' }));
  if (org.subtitle.trim()) out.push(para(org.subtitle.trim().toUpperCase(), { bold: true, size: 28, align: 'center' }));
  // Two short lines break where a reader expects, instead of wherever the column ends.
  const keep = (t: string) => t.replace(/ /g, '\u00a0');
  const lines = [
    [org.address.trim(), org.phone.trim() && keep(`Telp. ${org.phone.trim()}`)],
    [org.email.trim() && keep(`Email: ${org.email.trim()}`), org.website.trim() && keep(`Laman: ${org.website.trim()}`)],
  ];
  for (const parts of lines) {
    const text = parts.filter(Boolean).join('  ·  ');
    if (text) out.push(para(text, { size: SMALL_SIZE, align: 'center' }));
  }
  return out;
}

/**
 * Kop surat: the commission's name and address centred on the page, the logo (if any) to
 * their left, then the thick-over-thin rule of Indonesian official letterheads. The logo
 * sits beside the text rather than above it so a one-page letter stays one page on A4.
 */
export function letterhead(org: Organisation, textWidth: number): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  const logo = org.logoDataUrl ? logoFromDataUrl(org.logoDataUrl) : null;
  if (logo) {
    let height = LOGO_HEIGHT_PX;
    let width = Math.round((logo.width / logo.height) * height);
    if (width > LOGO_MAX_WIDTH_PX) {
      width = LOGO_MAX_WIDTH_PX;
      height = Math.max(1, Math.round((logo.height / logo.width) * width));
    }
    const image = new Paragraph({
      alignment: AlignmentType.LEFT,
      children: [new ImageRun({ type: logo.type, data: logo.data, transformation: { width: Math.max(1, width), height } })],
    });
    const middle = textWidth - 2 * LOGO_COLUMN;
    out.push(
      fixedTable(
        [LOGO_COLUMN, middle, LOGO_COLUMN],
        [
          new TableRow({
            cantSplit: true,
            children: [
              cell(LOGO_COLUMN, [image], { vCenter: true }),
              cell(middle, letterheadLines(org), { vCenter: true }),
              cell(LOGO_COLUMN, []),
            ],
          }),
        ],
      ),
    );
  } else {
    out.push(...letterheadLines(org));
  }
  out.push(
    new Paragraph({
      children: [],
      spacing: { after: 200 },
      border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 24, color: '000000', space: 1 } },
    }),
  );
  return out;
}

/** "Halaman X dari Y", right-aligned in the footer. */
export function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ children: ['Halaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES], size: 18 }),
        ],
      }),
    ],
  });
}

/** A header with one right-aligned line, e.g. the draft mark. */
export function textHeader(text: string, o: TextOptions = {}): Header {
  return new Header({ children: [para(text, { ...o, align: 'right' })] });
}
