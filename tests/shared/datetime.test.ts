import { describe, expect, it } from 'vitest';
import { addDays, dayName, formatDayDate, formatTimeRange, isValidIsoDate, numberInWords, utcToZoned, zonedToUtc } from '../../shared/domain/datetime';

describe('Indonesian dates', () => {
  it('formats the seed meeting date', () => {
    expect(formatDayDate('2022-05-25')).toBe('Rabu, 25 Mei 2022');
    expect(dayName('2024-02-14')).toBe('Rabu');
    expect(formatDayDate('2026-11-29')).toBe('Minggu, 29 November 2026');
  });
  it('formats times with a dot and the zone', () => {
    expect(formatTimeRange('09:00', '', 'WIB')).toBe('09.00 WIB s.d. selesai');
    expect(formatTimeRange('09:00', '11:30', 'WITA')).toBe('09.00 s.d. 11.30 WITA');
  });
  it('converts wall-clock time in WIB, WITA and WIT to the same UTC instant rules', () => {
    expect(zonedToUtc('2022-05-25', '09:00', 'WIB').toISOString()).toBe('2022-05-25T02:00:00.000Z');
    expect(zonedToUtc('2022-05-25', '09:00', 'WIT').toISOString()).toBe('2022-05-25T00:00:00.000Z');
    expect(zonedToUtc('2022-05-25', '05:00', 'WIB').toISOString()).toBe('2022-05-24T22:00:00.000Z');
    expect(utcToZoned(new Date('2022-05-24T22:00:00Z'), 'WIB')).toEqual({ date: '2022-05-25', time: '05:00' });
  });
  it('rejects impossible dates', () => {
    expect(isValidIsoDate('2022-02-30')).toBe(false);
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('25/05/2022')).toBe(false);
  });
  it('adds days across months and writes numbers in words', () => {
    expect(addDays('2022-05-25', 7)).toBe('2022-06-01');
    expect(numberInWords(1)).toBe('satu');
    expect(numberInWords(38)).toBe('tiga puluh delapan');
    expect(numberInWords(114)).toBe('seratus empat belas');
  });
});
