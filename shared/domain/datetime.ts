// Indonesian dates and times, in one place. Pure arithmetic on "YYYY-MM-DD" and "HH:MM"
// strings in a named Indonesian zone: no Intl, no process time zone, so the output is the
// same on every computer.

import { itemAt } from '../indexed';

export type IndonesianZone = 'WIB' | 'WITA' | 'WIT';

export const ZONES: Record<IndonesianZone, { offsetHours: number; iana: string; label: string }> = {
  WIB: { offsetHours: 7, iana: 'Asia/Jakarta', label: 'WIB (UTC+7)' },
  WITA: { offsetHours: 8, iana: 'Asia/Makassar', label: 'WITA (UTC+8)' },
  WIT: { offsetHours: 9, iana: 'Asia/Jayapura', label: 'WIT (UTC+9)' },
};

export const DAY_NAMES = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;
export const MONTH_NAMES = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'] as const;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export interface DateParts {
  year: number;
  month: number; // 1..12
  day: number;
}

export function parseIsoDate(date: string): DateParts | null {
  const m = DATE_RE.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

export function isValidIsoDate(date: string): boolean {
  return parseIsoDate(date) !== null;
}

export function isValidTime(time: string): boolean {
  return TIME_RE.test(time);
}

function mustDate(date: string): DateParts {
  const p = parseIsoDate(date);
  if (!p) throw new Error(`Tanggal tidak valid: ${date}`);
  return p;
}

/** "Rabu" for 2022-05-25. */
export function dayName(date: string): string {
  const { year, month, day } = mustDate(date);
  return itemAt(DAY_NAMES, new Date(Date.UTC(year, month - 1, day)).getUTCDay());
}

/** "25 Mei 2022". */
export function formatDateLong(date: string): string {
  const { year, month, day } = mustDate(date);
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

/** "Rabu, 25 Mei 2022". */
export function formatDayDate(date: string): string {
  return `${dayName(date)}, ${formatDateLong(date)}`;
}

/** "09.00" for "09:00". */
export function formatTime(time: string): string {
  if (!isValidTime(time)) throw new Error(`Waktu tidak valid: ${time}`);
  return time.replace(':', '.');
}

/** "09.00 WIB s.d. selesai" or "09.00 s.d. 11.30 WIB". */
export function formatTimeRange(start: string, end: string | undefined, zone: IndonesianZone): string {
  if (!end) return `${formatTime(start)} ${zone} s.d. selesai`;
  return `${formatTime(start)} s.d. ${formatTime(end)} ${zone}`;
}

/** The UTC instant of a wall-clock time in an Indonesian zone. */
export function zonedToUtc(date: string, time: string, zone: IndonesianZone): Date {
  const { year, month, day } = mustDate(date);
  if (!isValidTime(time)) throw new Error(`Waktu tidak valid: ${time}`);
  const [hh = 0, mm = 0] = time.split(':').map(Number);
  return new Date(Date.UTC(year, month - 1, day, hh - ZONES[zone].offsetHours, mm));
}

/** Wall-clock date and time in a zone for a UTC instant. */
export function utcToZoned(instant: Date, zone: IndonesianZone): { date: string; time: string } {
  const shifted = new Date(instant.getTime() + ZONES[zone].offsetHours * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`,
    time: `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`,
  };
}

/** "Rabu, 25 Mei 2022 pukul 10.15 WIB" for a stored instant (e.g. when a letter was sent). */
export function formatInstant(iso: string, zone: IndonesianZone): string {
  const { date, time } = utcToZoned(new Date(iso), zone);
  return `${formatDayDate(date)} pukul ${formatTime(time)} ${zone}`;
}

/** Add days to an ISO date (for duplicating a meeting to next week). */
export function addDays(date: string, days: number): string {
  const { year, month, day } = mustDate(date);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return d.toISOString().slice(0, 10);
}

/** Minutes between two "HH:MM" times on the same day. */
export function minutesBetween(start: string, end: string): number {
  const [h1 = NaN, m1 = NaN] = start.split(':').map(Number);
  const [h2 = NaN, m2 = NaN] = end.split(':').map(Number);
  return h2 * 60 + m2 - (h1 * 60 + m1);
}

const SMALL = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];

/** Indonesian number words for letters ("1 (satu) lembar"). */
export function numberInWords(n: number): string {
  if (!Number.isInteger(n) || n < 0) return String(n);
  if (n < 12) return itemAt(SMALL, n);
  if (n < 20) return `${numberInWords(n - 10)} belas`;
  if (n < 100) {
    const rest = n % 10;
    return `${numberInWords(Math.floor(n / 10))} puluh${rest ? ` ${numberInWords(rest)}` : ''}`;
  }
  if (n < 200) return `seratus${n > 100 ? ` ${numberInWords(n - 100)}` : ''}`;
  if (n < 1000) {
    const rest = n % 100;
    return `${numberInWords(Math.floor(n / 100))} ratus${rest ? ` ${numberInWords(rest)}` : ''}`;
  }
  if (n < 2000) return `seribu${n > 1000 ? ` ${numberInWords(n - 1000)}` : ''}`;
  const rest = n % 1000;
  return `${numberInWords(Math.floor(n / 1000))} ribu${rest ? ` ${numberInWords(rest)}` : ''}`;
}
