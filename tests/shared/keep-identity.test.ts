import { describe, expect, it } from 'vitest';
import { keepIdentity } from '../../shared/domain/keep-identity';
import { demoMeeting } from '../../shared/domain/demo';
import type { Meeting } from '../../shared/domain/meeting';
import { itemAt } from '../helpers/indexed';

const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('keepIdentity', () => {
  const before = demoMeeting('m1', '2022-05-20T02:00:00.000Z');

  it('returns the previous document itself when the next one is equal (a stored answer of what is on screen)', () => {
    const next = copy(before);
    expect(next).not.toBe(before);
    expect(keepIdentity(before, next)).toBe(before);
  });

  it('keeps every unchanged speaker and changes only the one typed into', () => {
    const next = copy(before);
    itemAt(next.speakers, 1).points[0] += ' lagi';
    const kept = keepIdentity(before, next);
    expect(kept).toEqual(next);
    expect(kept).not.toBe(before);
    expect(kept.speakers).not.toBe(before.speakers);
    expect(kept.speakers[0]).toBe(before.speakers[0]);
    expect(kept.speakers[2]).toBe(before.speakers[2]);
    expect(kept.speakers[1]).not.toBe(before.speakers[1]);
    expect(itemAt(kept.speakers, 1).points[1]).toBe(itemAt(before.speakers, 1).points[1]);
    expect(kept.minutes).toBe(before.minutes);
    expect(kept.attendance).toBe(before.attendance);
  });

  it('matches speakers by id, so one added at the top keeps the others', () => {
    const next = copy(before);
    next.speakers.unshift({ ...copy(itemAt(before.speakers, 0)), id: 'baru', name: 'Baru' });
    const kept = keepIdentity(before, next);
    expect(kept.speakers.slice(1)).toEqual(before.speakers);
    before.speakers.forEach((s, i) => expect(kept.speakers[i + 1]).toBe(s));
    expect(itemAt(kept.speakers, 0).name).toBe('Baru');
  });

  it('sees a removed field, a removed speaker and a changed value', () => {
    const next = copy(before) as Meeting & { extra?: string };
    next.speakers.pop();
    const kept = keepIdentity(before, next);
    expect(kept.speakers).toHaveLength(before.speakers.length - 1);
    const withExtra = { ...copy(before), extra: 'x' };
    expect(keepIdentity(withExtra, copy(before))).not.toBe(withExtra);
    expect(keepIdentity(before, { ...copy(before), revision: (before.revision ?? 0) + 1 }).revision).toBe((before.revision ?? 0) + 1);
  });

  it('compares lists of plain values by position', () => {
    const a = ['x', 'y'];
    expect(keepIdentity(a, ['x', 'y'])).toBe(a);
    expect(keepIdentity(a, ['y', 'x'])).toEqual(['y', 'x']);
  });
});
