// Reads the WordprocessingML inside DOCX bytes, to check what a viewer will be told about
// table widths and page size without trusting the builder's own objects.
import JSZip from 'jszip';
import { group } from '../../helpers/indexed';

export async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file('word/document.xml');
  if (!file) throw new Error('word/document.xml missing');
  return file.async('string');
}

/** All header parts, joined: where the draft mark lives. */
export async function headersXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = zip.file(/^word\/header\d*\.xml$/);
  return (await Promise.all(parts.map((f) => f.async('string')))).join('\n');
}

export interface TableWidths {
  layout: string | null;
  tblW: { type: string; w: number } | null;
  grid: number[];
  /** Every w:tcW of the table's cells. */
  cells: Array<{ type: string; w: number }>;
}

const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? '';

/** Width facts of every top-level table (the builders nest none). */
export function tablesOf(xml: string): TableWidths[] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) => {
    const body = group(table, 1);
    const tblW = /<w:tblW [^>]*\/>/.exec(body)?.[0];
    return {
      layout: /<w:tblLayout w:type="([^"]+)"/.exec(body)?.[1] ?? null,
      tblW: tblW ? { type: attr(tblW, 'w:type'), w: Number(attr(tblW, 'w:w')) } : null,
      grid: [...body.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1])),
      cells: [...body.matchAll(/<w:tcW [^>]*\/>/g)].map(([t]) => ({ type: attr(t, 'w:type'), w: Number(attr(t, 'w:w')) })),
    };
  });
}

/** Page size and side margins of every section, in twips. */
export function sectionsOf(xml: string): Array<{ w: number; h: number; orient: string; left: number; right: number }> {
  return [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map(([s]) => {
    const pg = /<w:pgSz [^>]*\/>/.exec(s)?.[0] ?? '';
    const mar = /<w:pgMar [^>]*\/>/.exec(s)?.[0] ?? '';
    return {
      w: Number(attr(pg, 'w:w')),
      h: Number(attr(pg, 'w:h')),
      orient: attr(pg, 'w:orient'),
      left: Number(attr(mar, 'w:left')),
      right: Number(attr(mar, 'w:right')),
    };
  });
}

/** The visible text of the document body, paragraph by paragraph. */
export function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
}
