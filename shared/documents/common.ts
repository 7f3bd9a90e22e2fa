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
import { HEADER_MM, PRINT_MARGIN_LANDSCAPE_MM, PRINT_MARGIN_MM, type MarginsMm } from '../domain/print-page';
import { xmlSafeText } from '../text/clean';
import { group, itemAt } from '../indexed';
import { KOP_LOGO_MM, KOP_RULE_PT, kopOf, type Kop } from '../domain/kop';
import { decodeBase64 } from '../text/base64';

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

const twipsOfMm = (mm: number) => Math.round((mm / 10) * CM);

function marginTwips(m: MarginsMm): PageGeometry['margin'] {
  const header = twipsOfMm(HEADER_MM);
  return { top: twipsOfMm(m.top), right: twipsOfMm(m.right), bottom: twipsOfMm(m.bottom), left: twipsOfMm(m.left), header, footer: header };
}

/** Page size from the paper setting, margins of an official letter (shared/domain/print-page.ts, as the print views). */
export function pageGeometry(paper: Paper, landscape = false): PageGeometry {
  const { width, height } = PAPER_TWIPS[paper];
  const margin = marginTwips(landscape ? PRINT_MARGIN_LANDSCAPE_MM : PRINT_MARGIN_MM);
  const across = landscape ? height : width;
  return { paper, landscape, width, height, margin, textWidth: across - margin.left - margin.right };
}

export function sectionPage(geom: PageGeometry, pageNumberStart?: number, o: { titlePage?: boolean } = {}): NonNullable<ISectionOptions['properties']> {
  return {
    ...(o.titlePage ? { titlePage: true } : {}),
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
  return (
    [settings.organisation.name, settings.organisation.subtitle]
      .map((x) => x.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join(' ') || 'Rakor'
  );
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
    indent: o.indent !== undefined || o.hanging !== undefined ? { left: o.indent ?? 0, hanging: o.hanging } : undefined,
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

export function cell(width: number, children: Paragraph[], o: { columnSpan?: number; rowSpan?: number; shade?: boolean; vCenter?: boolean } = {}): TableCell {
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
  rows: ReadonlyArray<{ label: string; value: BlockValue; bold?: boolean; flow?: boolean }>,
  widths: LabelWidths,
  o: TextOptions & { indent?: number; rowGap?: number } = {},
): Table {
  const w = o.indent ? [o.indent, widths.label, widths.colon, widths.value] : [widths.label, widths.colon, widths.value];
  const gap = o.rowGap ?? 0;
  const row = (label: string, colon: boolean, value: Paragraph[]) => {
    const cells = [
      cell(widths.label, label ? [para(label, { size: o.size, after: gap })] : []),
      cell(widths.colon, colon ? [para(':', { size: o.size })] : []),
      cell(widths.value, value),
    ];
    if (o.indent) cells.unshift(cell(o.indent, []));
    return new TableRow({ children: cells, cantSplit: true });
  };
  const tableRows = rows.flatMap((r) => {
    const value = valueParagraphs(r.value, { size: o.size, bold: r.bold });
    // A long list (the agenda) is a row per item, so it flows on to the next page instead of
    // pushing the whole block there; the label rides with the first item.
    if (r.flow && value.length > 1) return value.map((p, i) => (i === 0 ? row(r.label, true, [p]) : row('', false, [p])));
    return [row(r.label, true, value)];
  });
  return fixedTable(w, tableRows);
}

export interface ImageInfo {
  data: Uint8Array;
  type: 'png' | 'jpg';
  width: number;
  height: number;
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
      const marker = itemAt(data, i + 1);
      if (marker === 0xff) {
        i++;
        continue;
      }
      const len = (itemAt(data, i + 2) << 8) | itemAt(data, i + 3);
      const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
      if (isSof) {
        const height = (itemAt(data, i + 5) << 8) | itemAt(data, i + 6);
        const width = (itemAt(data, i + 7) << 8) | itemAt(data, i + 8);
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
  const bytes = decodeBase64(group(m, 1));
  return bytes && imageInfo(bytes);
}

const PX_PER_MM = 96 / 25.4;

function kopLines(kop: Kop): Paragraph[] {
  // Short parts ("Telp. (031) 8471885") break where a reader expects, not wherever the column ends.
  const keep = (t: string) =>
    t
      .split('  ·  ')
      .map((part) => (part.length <= 40 ? part.replace(/ /g, '\u00a0') : part))
      .join('  ·  ');
  return kop.lines.map((l) => para(l.bold ? l.text : keep(l.text), { bold: l.bold, size: l.sizePt * 2, align: 'center' }));
}

/**
 * Kop surat from its one description (kop.ts): with a logo, the logo on the left and the
 * names centred on the page (an empty column of the logo's width on the right), as official
 * letterheads are laid out; then the thick-over-thin rule. The logo sits beside the text
 * rather than above it so a one-page letter stays one page.
 */
export function letterhead(org: Organisation, textWidth: number): Array<Paragraph | Table> {
  const kop = kopOf(org);
  const out: Array<Paragraph | Table> = [];
  const logo = kop.logoDataUrl ? logoFromDataUrl(kop.logoDataUrl) : null;
  if (logo) {
    let height = Math.round(KOP_LOGO_MM.height * PX_PER_MM);
    let width = Math.round((logo.width / logo.height) * height);
    const maxWidth = Math.round(KOP_LOGO_MM.maxWidth * PX_PER_MM);
    if (width > maxWidth) {
      width = maxWidth;
      height = Math.max(1, Math.round((logo.height / logo.width) * width));
    }
    const image = new Paragraph({
      alignment: AlignmentType.LEFT,
      children: [new ImageRun({ type: logo.type, data: logo.data, transformation: { width: Math.max(1, width), height } })],
    });
    const column = twipsOfMm(KOP_LOGO_MM.column);
    const middle = textWidth - 2 * column;
    out.push(
      fixedTable(
        [column, middle, column],
        [
          new TableRow({
            cantSplit: true,
            children: [cell(column, [image], { vCenter: true }), cell(middle, kopLines(kop), { vCenter: true }), cell(column, [])],
          }),
        ],
      ),
    );
  } else {
    out.push(...kopLines(kop));
  }
  out.push(
    new Paragraph({
      children: [],
      spacing: { after: 160 },
      // Eighths of a point: the thick line of the rule.
      border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: Math.round(KOP_RULE_PT.thick * 8), color: '000000', space: 1 } },
    }),
  );
  return out;
}

/**
 * The headers of a letter: page 1 none (the kop is there), every continuation page its number
 * centred at the top, "- 2 -", as the tata naskah dinas numbers pages. Needs titlePage on the section.
 */
export function continuationPageHeaders(): { first: Header; default: Header } {
  return {
    first: new Header({ children: [new Paragraph({ children: [] })] }),
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'] })],
        }),
      ],
    }),
  };
}

/** "Halaman X dari Y", right-aligned in the footer. */
export function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ children: ['Halaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES], size: 18 })],
      }),
    ],
  });
}

/** A header with one right-aligned line, e.g. the draft mark. */
export function textHeader(text: string, o: TextOptions = {}): Header {
  return new Header({ children: [para(text, { ...o, align: 'right' })] });
}
