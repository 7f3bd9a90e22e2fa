// Typed dates and times are read day first and in 24 hours, whatever the browser's locale.
import { describe, expect, it } from 'vitest';
import { dateForField, parseTypedDate, parseTypedTime, timeForField } from '../../shared/domain/typed-datetime';

describe('typed dates', () => {
  it.each([
    ['25/05/2022', '2022-05-25'],
    ['25-5-2022', '2022-05-25'],
    ['5/6/22', '2022-06-05'],
    ['2022-05-25', '2022-05-25'],
    ['25052022', '2022-05-25'],
    ['25 Mei 2022', '2022-05-25'],
    ['Rabu, 25 Mei 2022', '2022-05-25'],
    ['1 agu 2024', '2024-08-01'],
  ])('%s is %s', (typed, iso) => expect(parseTypedDate(typed)).toBe(iso));

  it.each(['05/25/2022', '31/02/2024', '25 May 2022', 'besok', ''])('refuses %s', (typed) => expect(parseTypedDate(typed)).toBeNull());

  it('shows a stored date day first', () => expect(dateForField('2022-05-25')).toBe('25/05/2022'));
});

describe('typed times', () => {
  it.each([
    ['09.00', '09:00'],
    ['9.00', '09:00'],
    ['9:30', '09:30'],
    ['0900', '09:00'],
    ['1330', '13:30'],
    ['13', '13:00'],
    ['13.30 WIB', '13:30'],
  ])('%s is %s', (typed, hhmm) => expect(parseTypedTime(typed)).toBe(hhmm));

  it.each(['9 AM', '24.00', '12.60', '9.5', 'pagi'])('refuses %s', (typed) => expect(parseTypedTime(typed)).toBeNull());

  it('shows a stored time with a dot', () => expect(timeForField('09:00')).toBe('09.00'));
});
