// Warnings about a meeting's set-up that do not stop it being saved (an archive entry of a
// past rakor is legitimate) but are usually typos: a meeting date already past, or a letter
// dated after the meeting it invites to, or characters the documents cannot print. `today`
// comes from the caller (no clock here).
import { formatDateLong, isValidIsoDate } from './datetime';
import type { Meeting } from './meeting';
import type { Settings } from './settings';
import { unprintableChars } from '../text/printable';

export interface SetupWarning {
  field: 'date' | 'letter.letterDate';
  message: string;
}

export function setupWarnings(setup: { date: string; letter: { letterDate: string } }, today: string): SetupWarning[] {
  const out: SetupWarning[] = [];
  if (!isValidIsoDate(setup.date)) return out;
  if (isValidIsoDate(today) && setup.date < today) {
    out.push({ field: 'date', message: `Tanggal rapat (${formatDateLong(setup.date)}) sudah lewat. Periksa lagi bila ini rapat yang akan datang.` });
  }
  const letter = setup.letter.letterDate;
  if (isValidIsoDate(letter) && letter > setup.date) {
    out.push({
      field: 'letter.letterDate',
      message: `Tanggal surat (${formatDateLong(letter)}) sesudah tanggal rapat (${formatDateLong(setup.date)}). Undangan biasanya bertanggal sebelum rapat.`,
    });
  }
  return out;
}

/**
 * The characters the letters and minutes will leave out because their font cannot print them
 * (emoji, pictograms, most symbols), and where they were typed; null when there are none.
 */
export function unprintableWarning(
  meeting: Pick<Meeting, 'title' | 'agenda' | 'references' | 'location' | 'platform' | 'letter' | 'chair' | 'notetaker' | 'speakers' | 'minutes'>,
  settings: Pick<Settings, 'organisation'>,
): string | null {
  const o = settings.organisation;
  const fields: Array<[string, string[]]> = [
    ['Nama rapat', [meeting.title]],
    ['Acara', meeting.agenda],
    ['Dasar', meeting.references],
    ['Tempat', [meeting.location, meeting.platform]],
    ['Surat', [meeting.letter.number, meeting.letter.hal, meeting.letter.lampiran, meeting.letter.place, ...meeting.letter.tembusan]],
    ['Penanda tangan', [meeting.letter.signatory.jabatan, meeting.letter.signatory.name]],
    ['Pimpinan rapat dan notulis', [meeting.chair.name, meeting.chair.jabatan, meeting.notetaker.name, meeting.notetaker.jabatan]],
    ['Pembicara', meeting.speakers.flatMap((s) => [s.name, s.jabatan, ...s.points])],
    ['Kesimpulan', meeting.minutes.conclusions],
    ['Tindak lanjut', meeting.minutes.followUps.flatMap((f) => [f.action, f.responsible])],
    ['Kop surat (Pengaturan)', [o.name, o.subtitle, o.address, o.phone, o.email, o.website, o.city]],
  ];
  const found: string[] = [];
  for (const [where, texts] of fields) {
    const chars = [...new Set(texts.flatMap((t) => unprintableChars(t)))];
    if (chars.length) found.push(`${chars.slice(0, 8).join(' ')} di ${where}`);
  }
  if (!found.length) return null;
  return `Karakter yang tidak dapat dicetak oleh huruf dokumen (mis. emoji) dihilangkan dari surat dan notulen: ${found.join('; ')}.`;
}
