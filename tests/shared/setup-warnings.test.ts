// The set-up warnings: a past meeting date and a letter dated after the meeting.
import { describe, expect, it } from 'vitest';
import { setupWarnings } from '../../shared/domain/setup-warnings';

const setup = (date: string, letterDate = '') => ({ date, letter: { letterDate } });

describe('set-up warnings', () => {
  it('warns about a meeting date in the past, not about today or later', () => {
    expect(setupWarnings(setup('2022-05-25'), '2026-12-01')).toEqual([
      { field: 'date', message: 'Tanggal rapat (25 Mei 2022) sudah lewat. Periksa lagi bila ini rapat yang akan datang.' },
    ]);
    expect(setupWarnings(setup('2026-12-01'), '2026-12-01')).toEqual([]);
    expect(setupWarnings(setup('2027-01-05'), '2026-12-01')).toEqual([]);
  });

  it('warns about a letter dated after the meeting, not on or before it, nor when empty', () => {
    expect(setupWarnings(setup('2027-01-05', '2027-01-06'), '2026-12-01').map((w) => w.field)).toEqual(['letter.letterDate']);
    expect(setupWarnings(setup('2027-01-05', '2027-01-05'), '2026-12-01')).toEqual([]);
    expect(setupWarnings(setup('2027-01-05', '2026-12-20'), '2026-12-01')).toEqual([]);
    expect(setupWarnings(setup('2027-01-05', ''), '2026-12-01')).toEqual([]);
  });
});
