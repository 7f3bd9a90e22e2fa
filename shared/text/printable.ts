// Which characters the documents can print. The DOCX files name Arial, which LibreOffice
// replaces by the metric-compatible Liberation Sans; a character outside it (an emoji, a
// pictogram, most symbols, CJK) prints as an empty box or in a stray fallback font, so it is
// left out of the documents and the readiness panel names it instead.

// Liberation Sans 2 (Regular and Bold have the same set), as `fc-query --format='%{charset}'`
// lists it; Arial on Windows covers at least these.
const FONT_CHARSET =
  '20-7e a0-36f 374-375 37a-37e 384-38a 38c 38e-3a1 3a3-3ce 3d0-513 51a-51d 591-5c7 5d0-5ea 5f0-5f4 1d00-1dca 1dfe-1e9b ' +
  '1e9e 1ea0-1ef9 1f00-1f15 1f18-1f1d 1f20-1f45 1f48-1f4d 1f50-1f57 1f59 1f5b 1f5d 1f5f-1f7d 1f80-1fb4 1fb6-1fc4 ' +
  '1fc6-1fd3 1fd6-1fdb 1fdd-1fef 1ff2-1ff4 1ff6-1ffe 2000-2010 2012-2022 2026 202a-2030 2032-2034 2039-203a 203c 203e ' +
  '2044 205e 206a-206f 2074-2079 207f-2089 2090-2094 20a0-20b5 20bf 20f0 2105 2113 2116-2117 2122 2126 212e 214d-214e ' +
  '2153-2154 215b-215e 2184 2190-2195 21a8 21d4 2202 2206 220f 2211-2212 2215 2219-221a 221e-221f 2229 222b 2248 ' +
  '2260-2262 2264-2265 2302 2310 2320-2321 2500 2502 250c 2510 2514 2518 251c 2524 252c 2534 253c 2550-256c 2580 2584 ' +
  '2588 258c 2590-2593 25a0-25a1 25aa-25ac 25b2 25ba 25bc 25c4 25ca-25cc 25cf-25d9 25e6 263a-263c 263f-2647 2660 2663 ' +
  '2665-2666 2669-266c 266f 2c60-2c6d 2c71-2c77 2e17 a717-a721 a788-a78c fb01-fb02 fb1d-fb36 fb38-fb3c fb3e fb40-fb41 ' +
  'fb43-fb44 fb46-fb4f fe20-fe23 fffc';

const RANGES: ReadonlyArray<readonly [number, number]> = FONT_CHARSET.split(' ').map((r) => {
  const [a, b = a] = r.split('-');
  return [parseInt(a!, 16), parseInt(b!, 16)] as const;
});

// Invisible parts of emoji and text layout (zero-width joiners, variation selectors, skin
// tones, tags): always dropped, never reported.
const INVISIBLE: ReadonlyArray<readonly [number, number]> = [
  [0x200b, 0x200d],
  [0x2060, 0x2064],
  [0xfe00, 0xfe0f],
  [0x1f3fb, 0x1f3ff],
  [0xe0020, 0xe007f],
];

function isInvisible(char: string): boolean {
  const c = char.codePointAt(0) ?? 0;
  return INVISIBLE.some(([a, b]) => c >= a && c <= b);
}

// Characters missing from the font that have a printable twin.
const TWINS: Record<string, string> = { '\u2011': '-', '\u2010': '-', '\u00ad': '' };

function inFont(codePoint: number): boolean {
  if (codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d) return true;
  let lo = 0;
  let hi = RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = RANGES[mid]!;
    if (codePoint < a) hi = mid - 1;
    else if (codePoint > b) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Whether a document font prints this character (one code point). */
export function isPrintableChar(char: string): boolean {
  return inFont(char.codePointAt(0) ?? 0);
}

/**
 * The text as the documents print it: characters outside the font left out (an emoji with its
 * joiners, skin tone and variation selectors), a space they leave doubled taken once.
 */
export function printableText(text: string): string {
  let out = '';
  let removed = false;
  for (const char of text) {
    const twin = TWINS[char];
    if (twin !== undefined) out += twin;
    else if (isInvisible(char)) removed = true;
    else if (inFont(char.codePointAt(0) ?? 0)) out += char;
    else removed = true;
  }
  return removed ? out.replace(/ {2,}/g, ' ') : out;
}

/** The characters {@link printableText} leaves out of this text, each once, in order, invisible ones not counted. */
export function unprintableChars(text: string): string[] {
  const seen = new Set<string>();
  // Whole emoji sequences (family, flags, skin tones) are reported as one, as the user sees them.
  const graphemes =
    typeof Intl.Segmenter === 'function' ? [...new Intl.Segmenter('id', { granularity: 'grapheme' }).segment(text)].map((s) => s.segment) : [...text];
  for (const g of graphemes) {
    const bad = [...g].some((c) => TWINS[c] === undefined && !inFont(c.codePointAt(0) ?? 0) && !isInvisible(c));
    if (bad) seen.add(g);
  }
  return [...seen];
}
