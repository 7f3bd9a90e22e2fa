import { describe, expect, it } from 'vitest';
import { group, itemAt } from '../../shared/indexed';
import { firstItems, valueAt } from '../helpers/indexed';

describe('itemAt', () => {
  it('returns the element at an index in range, also an element that is itself undefined', () => {
    expect(itemAt(['a', 'b', 'c'], 0)).toBe('a');
    expect(itemAt(['a', 'b', 'c'], 2)).toBe('c');
    expect(itemAt([undefined, 1], 0)).toBeUndefined();
    expect(itemAt('kpu', 1)).toBe('p');
    expect(itemAt(new Uint8Array([0xff, 0xd8]), 1)).toBe(0xd8);
  });

  it('throws for an index outside the array instead of returning undefined', () => {
    expect(() => itemAt(['a'], 1)).toThrow(RangeError);
    expect(() => itemAt(['a'], -1)).toThrow(RangeError);
    expect(() => itemAt([], 0)).toThrow(RangeError);
    expect(() => itemAt(['a', 'b'], 0.5)).toThrow(RangeError);
  });
});

describe('group', () => {
  it('returns a capture group that took part in the match', () => {
    const m = /^(\d{2}):(\d{2})$/.exec('09:30');
    expect(m).not.toBeNull();
    expect(group(m!, 1)).toBe('09');
    expect(group(m!, 2)).toBe('30');
    expect(group(m!, 0)).toBe('09:30');
  });

  it('returns an empty group as the empty string', () => {
    const m = /^(a*)b$/.exec('b');
    expect(group(m!, 1)).toBe('');
  });

  it('throws for an optional group that did not take part', () => {
    const m = /^(\d+)(?:\.(\d+))?$/.exec('12');
    expect(() => group(m!, 2)).toThrow(RangeError);
    expect(() => group(m!, 5)).toThrow(RangeError);
  });
});

describe("the tests' valueAt and firstItems", () => {
  it('valueAt returns the value under a key the record has, also one that is undefined', () => {
    const record: Record<string, number | undefined> = { '3504': 1, '3505': undefined };
    expect(valueAt(record, '3504')).toBe(1);
    expect(valueAt(record, '3505')).toBeUndefined();
    expect(valueAt({ 10: 'sepuluh' } as Record<number, string>, 10)).toBe('sepuluh');
  });

  it('valueAt throws naming the missing key and the keys there are', () => {
    const units: Record<string, number> = { '3504': 1 };
    expect(() => valueAt(units, '3579')).toThrow('No entry "3579" (the keys are "3504").');
    expect(() => valueAt({} as Record<string, string>, 'parmas')).toThrow('No entry "parmas" (the keys are none).');
  });

  it('firstItems gives the leading elements, and throws when the list is shorter', () => {
    const [a, b] = firstItems(['a', 'b', 'c'], 2);
    expect([a, b]).toEqual(['a', 'b']);
    expect(firstItems(['a'], 1)).toEqual(['a']);
    expect(() => firstItems(['a'], 2)).toThrow('Expected at least 2 items, got 1.');
  });
});
