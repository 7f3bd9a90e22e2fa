import { describe, expect, it } from 'vitest';
import { group, itemAt } from '../../shared/indexed';

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
