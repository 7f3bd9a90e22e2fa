// The page of every printed document, in millimetres: one source for the DOCX page set-up,
// the print views' CSS @page, and the PDF options of the desktop app's printToPDF and of the
// tests' page.pdf(), so the PDF has the margins the screen shows and the DOCX has.
import type { Paper } from './settings';

/** Paper sizes in millimetres, portrait: A4 210 x 297, F4 (folio) 215 x 330. */
export const PAPER_MM: Record<Paper, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  F4: { width: 215, height: 330 },
};

/**
 * Portrait margins of an official letter, after the tata naskah dinas (Permenpan RB 80/2012):
 * at least 3 cm on the binding side, 2 cm on the right, 2 cm at the top and 2.5 cm at the bottom.
 */
export const PRINT_MARGIN_MM = { top: 20, right: 20, bottom: 25, left: 30 } as const;

/** The attendance list turned sideways (more than three roles invited). */
export const PRINT_MARGIN_LANDSCAPE_MM = { top: 20, right: 20, bottom: 20, left: 20 } as const;

/** Header and footer distance from the paper's edge (the "- 2 -" of a continuation page). */
export const HEADER_MM = 10;

export type MarginsMm = { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };

/** CSS `margin` shorthand (top right bottom left). */
export function cssMargin(m: MarginsMm): string {
  return `${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm`;
}

const inch = (mm: number) => mm / 25.4;

/** The same margins in inches, the unit Electron's printToPDF takes. */
export function marginsInInches(m: MarginsMm): { top: number; right: number; bottom: number; left: number } {
  return { top: inch(m.top), right: inch(m.right), bottom: inch(m.bottom), left: inch(m.left) };
}

/** The print views Rakor can turn into PDF: the minutes and the letter in either form. */
export type PrintView = { kind: 'minutes'; id: string } | { kind: 'letter'; id: string; form: 'all' | 'per-unit' };

/** The hash route of a print view (the renderer's router parses the same paths). */
export function printViewHash(view: PrintView): string {
  const id = encodeURIComponent(view.id);
  return view.kind === 'minutes' ? `#/rapat/${id}/cetak` : `#/rapat/${id}/cetak-surat/${view.form}`;
}

/** Attribute a print view sets on its root once its data is on the sheets. */
export const PRINT_READY_ATTR = 'data-print-ready';

/**
 * What Electron's webContents.printToPDF receives: the paper in inches (F4 has no name there),
 * the margins explicitly (Electron's default is 1 cm), and the CSS page size preferred so
 * the landscape attendance list keeps its own page.
 */
export function electronPdfOptions(paper: Paper) {
  const p = PAPER_MM[paper];
  return {
    pageSize: { width: inch(p.width), height: inch(p.height) },
    margins: marginsInInches(PRINT_MARGIN_MM),
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: false,
  };
}

/** The same options in the form Playwright's page.pdf() takes (the tests print with Chromium's same PDF printer). */
export function playwrightPdfOptions(paper: Paper) {
  const p = PAPER_MM[paper];
  const mm = (n: number) => `${n}mm`;
  return {
    width: mm(p.width),
    height: mm(p.height),
    margin: { top: mm(PRINT_MARGIN_MM.top), right: mm(PRINT_MARGIN_MM.right), bottom: mm(PRINT_MARGIN_MM.bottom), left: mm(PRINT_MARGIN_MM.left) },
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: false,
  };
}
