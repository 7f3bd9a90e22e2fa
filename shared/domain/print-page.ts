// The page of the minutes' print view, in millimetres: shared by the print stylesheet and the
// desktop app's "Simpan sebagai PDF", so the PDF has the margins the screen shows.

/** Portrait page margins of an official letter: 3 cm on the binding side, 2 cm elsewhere. */
export const PRINT_MARGIN_MM = { top: 20, right: 20, bottom: 20, left: 30 } as const;

/** The attendance list turned sideways (more than three roles invited). */
export const PRINT_MARGIN_LANDSCAPE_MM = { top: 20, right: 20, bottom: 20, left: 20 } as const;

export type MarginsMm = { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };

/** CSS `margin` shorthand (top right bottom left). */
export function cssMargin(m: MarginsMm): string {
  return `${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm`;
}

/** The same margins in inches, the unit Electron's printToPDF takes. */
export function marginsInInches(m: MarginsMm): { top: number; right: number; bottom: number; left: number } {
  const inch = (mm: number) => mm / 25.4;
  return { top: inch(m.top), right: inch(m.right), bottom: inch(m.bottom), left: inch(m.left) };
}
