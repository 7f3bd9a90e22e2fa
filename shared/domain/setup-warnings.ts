// Warnings about a meeting's set-up that do not stop it being saved (an archive entry of a
// past rakor is legitimate) but are usually typos: a meeting date already past, or a letter
// dated after the meeting it invites to. `today` comes from the caller (no clock here).
import { formatDateLong, isValidIsoDate } from './datetime';

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
