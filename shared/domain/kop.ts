// The letterhead (kop surat) described once, as lines with their sizes and the logo box, so
// the DOCX builder and the print views (and the Settings preview) draw the same kop.
import type { Organisation } from './settings';

export interface KopLine {
  text: string;
  /** Font size in points. */
  sizePt: number;
  bold: boolean;
  /** The line may not break at its spaces (a phone number, an address part). */
  keepTogether?: boolean;
}

export interface Kop {
  lines: KopLine[];
  /** The logo as stored (a PNG or JPEG data URL), or '' for a kop without one. */
  logoDataUrl: string;
}

/**
 * The usual pattern of an Indonesian government kop: the organisation's name largest and
 * bold, the second line (the region) a step smaller and bold, the address and contacts small.
 */
export const KOP_SIZES_PT = { name: 16, subtitle: 14, contact: 10 } as const;

/** The logo box beside the names, in millimetres (about the height of the name lines). */
export const KOP_LOGO_MM = { height: 22, maxWidth: 25, column: 27 } as const;

/** Thick-over-thin rule under the kop, in points: thick line, gap, thin line. */
export const KOP_RULE_PT = { thick: 2.25, gap: 1, thin: 0.75 } as const;

export function kopOf(org: Organisation): Kop {
  const lines: KopLine[] = [];
  if (org.name.trim()) lines.push({ text: org.name.trim().toUpperCase(), sizePt: KOP_SIZES_PT.name, bold: true });
  if (org.subtitle.trim()) lines.push({ text: org.subtitle.trim().toUpperCase(), sizePt: KOP_SIZES_PT.subtitle, bold: true });
  const address = [org.address.trim(), org.phone.trim() && `Telp. ${org.phone.trim()}`].filter(Boolean).join('  ·  ');
  const online = [org.email.trim() && `Email: ${org.email.trim()}`, org.website.trim() && `Laman: ${org.website.trim()}`].filter(Boolean).join('  ·  ');
  if (address) lines.push({ text: address, sizePt: KOP_SIZES_PT.contact, bold: false });
  if (online) lines.push({ text: online, sizePt: KOP_SIZES_PT.contact, bold: false });
  return { lines, logoDataUrl: org.logoDataUrl };
}

/** What the kop of a document still lacks, in the words of Pengaturan; empty when it is complete. */
export function kopMissing(org: Organisation): string[] {
  const out: string[] = [];
  if (!org.name.trim()) out.push('nama instansi');
  if (!org.address.trim()) out.push('alamat');
  if (!org.phone.trim()) out.push('telepon');
  if (!org.email.trim()) out.push('email');
  return out;
}

const ACRONYMS = new Set(['KPU', 'RI', 'DKI', 'DIY', 'NTB', 'NTT']);

/** "Komisi Pemilihan Umum Provinsi Jawa Timur" from the kop's capitals. */
export function organisationInFull(org: Organisation): string {
  const words = `${org.name} ${org.subtitle}`.trim().split(/\s+/).filter(Boolean);
  const small = new Set(['dan', 'di', 'atau']);
  return words
    .map((w, i) => {
      if (ACRONYMS.has(w.toUpperCase())) return w.toUpperCase();
      const lower = w.toLowerCase();
      if (i > 0 && small.has(lower)) return lower;
      return lower.replace(/(^|[-/])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
    })
    .join(' ');
}

/**
 * The jabatan as the signature block writes it: in full. A bare office ("Ketua", "Plh. Ketua",
 * "Sekretaris") gets the organisation's name; one that already names it
 * ("Ketua KPU Provinsi Jawa Timur") is kept as typed.
 */
export function jabatanInFull(jabatan: string, org: Organisation): string {
  const j = jabatan.trim().replace(/,$/, '');
  if (!j) return '';
  if (/\b(KPU|Komisi|Provinsi|Kabupaten|Kota|Sekretariat)\b/i.test(j)) return j;
  const full = organisationInFull(org);
  return full ? `${j} ${full}` : j;
}
