// The one rule for the names of exported files: parts, each cleaned of what Windows refuses in
// a file name, joined, then the extension. The date comes early, so an archive folder sorts by
// date. Two joins: a space for names people read ("Notulen 2022-05-25 <judul>.docx") and a dash
// for names that travel as attachments and links ("rakor-2022-05-25-kota-batu.ics").

const RESERVED = /[<>:"/\\|?*\u0000-\u001f\u007f]+/g;

/** A part: reserved characters out, white space folded, no dot or space at the end (Windows drops them). */
function cleanPart(part: string): string {
  return part
    .replace(RESERVED, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
}

/**
 * A safe, readable file name from its parts; empty parts are left out. With `ext` '' the name
 * of a folder (or of a zip's top folder). With the dash, white space inside a part becomes a dash.
 */
export function fileNameOf(parts: readonly string[], ext: string, join: ' ' | '-' = ' '): string {
  const cleaned = parts.map(cleanPart).filter(Boolean);
  const base = (join === '-' ? cleaned.map((p) => p.replace(/ /g, '-')) : cleaned).join(join);
  return ext ? `${base}.${ext}` : base;
}

/** A part for dash names: lower case, letters without their accents, anything else a dash ("Kota Batu" -> "kota-batu"). */
export function slugPart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A meeting title made safe for a file name: no reserved characters, at most ~120 characters. */
export function fileNameTitle(title: string): string {
  let out = cleanPart(title);
  if (out.length > 120) out = out.slice(0, 120).replace(/\s+\S*$/, '');
  return out.replace(/[. ]+$/, '');
}

/** "Notulen 2022-05-25 Rapat Koordinasi … (draf).docx" */
export function exportFileName(what: string, date: string, title: string, ext: string, suffix = ''): string {
  return fileNameOf([what, date, fileNameTitle(title), suffix], ext);
}
