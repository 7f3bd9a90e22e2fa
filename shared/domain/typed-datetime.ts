// What people type into a date or time field, read the Indonesian way whatever the browser's
// locale: "25/05/2022", "25-5-2022", "25 Mei 2022" (day first, never month first) and
// "09.00", "9:00", "0900" (24-hour). The stored forms stay "YYYY-MM-DD" and "HH:MM".
import { MONTH_NAMES, isValidTime, parseIsoDate } from './datetime';
import { group } from '../indexed';

const pad = (n: number) => String(n).padStart(2, '0');

/** "2022-05-25" from a typed date, or null when it is not one. */
export function parseTypedDate(text: string): string | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!t) return null;
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{2})(\d{2})(\d{4})$/.exec(t))) {
    // Digits only, as typed into a date field without separators: 25052022.
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t))) {
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (group(match, 3).length === 2) y += 2000;
  } else if ((match = /^(?:[a-z]+,? )?(\d{1,2}) ([a-z]+)\.? (\d{4})$/.exec(t))) {
    const word = group(match, 2);
    const i = MONTH_NAMES.findIndex((name) => name.toLowerCase() === word || (word.length >= 3 && name.toLowerCase().startsWith(word)));
    if (i < 0) return null;
    [d, m, y] = [Number(match[1]), i + 1, Number(match[3])];
  } else {
    return null;
  }
  const iso = `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
  return parseIsoDate(iso) ? iso : null;
}

/** "09:00" from "09.00", "9.00", "9:00", "0900", "900" or "9", or null. */
export function parseTypedTime(text: string): string | null {
  const t = text.trim().replace(/\s*(wib|wita|wit)$/i, '');
  let h: number, m: number;
  let match = /^(\d{1,2})[.:](\d{2})$/.exec(t);
  if (match) {
    [h, m] = [Number(match[1]), Number(match[2])];
  } else if ((match = /^(\d{3,4})$/.exec(t))) {
    [h, m] = [Math.floor(Number(match[1]) / 100), Number(match[1]) % 100];
  } else if ((match = /^(\d{1,2})$/.exec(t))) {
    [h, m] = [Number(match[1]), 0];
  } else {
    return null;
  }
  const hhmm = `${pad(h)}:${pad(m)}`;
  return isValidTime(hhmm) ? hhmm : null;
}

/** "09.00" for "09:00": how a stored time is shown in a field. */
export function timeForField(time: string): string {
  return time.replace(':', '.');
}

/** "25/05/2022" for "2022-05-25". */
export function dateForField(date: string): string {
  const p = parseIsoDate(date);
  return p ? `${pad(p.day)}/${pad(p.month)}/${p.year}` : date;
}
