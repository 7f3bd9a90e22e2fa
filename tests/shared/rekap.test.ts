// The recap's counting: what counts as a meeting that took place, rates of units, roles and
// meetings, empty cells for units not invited, and the properties that must hold for any
// archive (a cancelled or future meeting never counts; an uninvited unit never lowers a rate).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EMPTY_REKAP_FILTER,
  buildRekap,
  formatPercent,
  formatTrend,
  hasTakenPlace,
  periodInWords,
  rateBand,
  rateOf,
  rateSeries,
  unitHistory,
  type RekapFilter,
} from '../../shared/domain/rekap';
import { JATIM_UNITS } from '../../shared/domain/units';
import { DEFAULT_ROLES } from '../../shared/domain/roles';
import type { Meeting } from '../../shared/domain/meeting';
import { rekapMeeting } from './helpers/rekap-meetings';
import { itemAt, valueAt } from '../helpers/indexed';

const NOW = new Date('2026-06-30T05:00:00.000Z'); // 30 Juni 2026, 12.00 WIB
const opts = (filter: Partial<RekapFilter> = {}) => ({ units: JATIM_UNITS, roles: DEFAULT_ROLES, now: NOW, filter: { ...EMPTY_REKAP_FILTER, ...filter } });
const ALL3 = ['parmas', 'tekmas', 'medsos'];

describe('which meetings count', () => {
  it('counts a held meeting, not a cancelled one, one in the bin, or one that has not begun', () => {
    const held = rekapMeeting('a', '2026-03-10', { '3504': ALL3 });
    const cancelled = rekapMeeting('b', '2026-03-11', { '3504': ALL3 }, { status: 'batal' });
    const binned = rekapMeeting('c', '2026-03-12', { '3504': ALL3 }, { deletedAt: '2026-03-13T00:00:00.000Z' });
    const future = rekapMeeting('d', '2026-07-01', {});
    const laterToday = rekapMeeting('e', '2026-06-30', {}, { startTime: '13:00' });
    const earlierToday = rekapMeeting('f', '2026-06-30', { '3504': ['parmas'] }, { startTime: '09:00' });
    const r = buildRekap([future, held, cancelled, binned, laterToday, earlierToday], opts());
    expect(r.meetings.map((m) => m.id)).toEqual(['a', 'f']);
    expect(r.excluded).toEqual({ cancelled: 1, notYetHeld: 2 });
    expect(hasTakenPlace(laterToday, NOW)).toBe(false);
    // An actual start recorded before the scheduled one counts from when it really began.
    expect(hasTakenPlace({ ...laterToday, minutes: { ...laterToday.minutes, actualStart: '11:30' } }, NOW)).toBe(true);
  });

  it('keeps to the period, both ends included', () => {
    const ms = ['2026-01-01', '2026-02-15', '2026-03-31', '2026-04-01'].map((d, i) => rekapMeeting(`m${i}`, d, {}));
    const r = buildRekap(ms, opts({ from: '2026-01-01', to: '2026-03-31' }));
    expect(r.meetings.map((m) => m.date)).toEqual(['2026-01-01', '2026-02-15', '2026-03-31']);
    expect(periodInWords(r)).toBe('1 Januari 2026 s.d. 31 Maret 2026');
    expect(periodInWords(buildRekap(ms, opts()))).toBe('1 Januari 2026 s.d. 1 April 2026');
  });

  it('takes a further predicate (e.g. a series) that narrows but never lets a cancelled meeting in', () => {
    const a = rekapMeeting('a', '2026-01-10', {}, { title: 'Rakor Parmas 1' });
    const b = rekapMeeting('b', '2026-01-17', {}, { title: 'Rakor Hukum' });
    const c = rekapMeeting('c', '2026-01-24', {}, { title: 'Rakor Parmas 2', status: 'batal' });
    const r = buildRekap([a, b, c], { ...opts(), where: (m: Meeting) => m.title.startsWith('Rakor Parmas') });
    expect(r.meetings.map((m) => m.id)).toEqual(['a']);
    expect(r.excluded.cancelled).toBe(1);
  });
});

describe('rates', () => {
  const m1 = rekapMeeting('m1', '2026-01-10', { '3501': ALL3, '3502': ['parmas'], '3503': [] }, { unitsInvited: ['3501', '3502', '3503'] });
  const m2 = rekapMeeting(
    'm2',
    '2026-02-10',
    { '3501': ['parmas', 'tekmas'], '3502': ALL3 },
    { unitsInvited: ['3501', '3502'], other: { '3501': { medsos: 'izin' } } },
  );
  const m3 = rekapMeeting('m3', '2026-03-10', { '3502': ['tekmas'] }, { unitsInvited: ['3501', '3502', '3503'], other: { '3502': { parmas: 'terlambat' } } });
  const r = buildRekap([m3, m1, m2], opts({ unitCodes: ['3501', '3502', '3503'] }));
  const unit = (code: string) => r.units.find((u) => u.code === code)!;

  it('gives each cell the roles present of the roles invited, oldest meeting first', () => {
    expect(r.meetings.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
    expect(unit('3501').cells).toEqual([
      { present: 3, invited: 3 },
      { present: 2, invited: 3 },
      { present: 0, invited: 3 },
    ]);
    // Terlambat is present; izin is not.
    expect(unit('3502').cells[2]).toEqual({ present: 2, invited: 3 });
  });

  it('leaves a unit not invited empty, not 0, and out of its rate', () => {
    expect(unit('3503').cells).toEqual([{ present: 0, invited: 3 }, null, { present: 0, invited: 3 }]);
    expect(unit('3503').total).toEqual({ present: 0, invited: 6 });
    expect(unit('3503').meetingsInvited).toBe(2);
    expect(unit('3503').meetingsMissed).toBe(2);
  });

  it('rates units, roles, meetings and the whole', () => {
    expect(unit('3501').total).toEqual({ present: 5, invited: 9 });
    expect(formatPercent(rateOf(unit('3501').total))).toBe('55,6%');
    expect(unit('3502').total).toEqual({ present: 6, invited: 9 });
    const role = (id: string) => r.roles.find((x) => x.id === id)!.total;
    expect(role('parmas')).toEqual({ present: 5, invited: 8 });
    expect(role('tekmas')).toEqual({ present: 4, invited: 8 });
    expect(role('medsos')).toEqual({ present: 2, invited: 8 });
    expect(r.meetings.map((m) => m.total)).toEqual([
      { present: 4, invited: 9 },
      { present: 5, invited: 6 },
      { present: 2, invited: 9 },
    ]);
    expect(r.meetings.map((m) => [m.unitsPresent, m.unitsInvited])).toEqual([
      [2, 3],
      [2, 2],
      [1, 3],
    ]);
    expect(r.total).toEqual({ present: 11, invited: 24 });
  });

  it('gives the trend as the later half minus the earlier half, in points', () => {
    // 3501: 100%, 66.7%, 0% -> 0 - 100 = -100 points.
    expect(unit('3501').trend).toBeCloseTo(-100);
    // 3502: 33.3%, 100%, 66.7% -> 66.7 - 33.3.
    expect(unit('3502').trend).toBeCloseTo(100 / 3);
    expect(formatTrend(unit('3502').trend)).toBe('+33,3 poin');
    expect(formatTrend(-100)).toBe('−100 poin');
    expect(formatTrend(null)).toBe('—');
  });

  it('lists the units that missed the most, most first', () => {
    expect(r.mostMissed.map((m) => [m.code, m.missed, m.invited])).toEqual([
      ['3503', 2, 2],
      ['3501', 1, 3],
    ]);
  });

  it('filters kabupaten and kota', () => {
    expect(buildRekap([m1], opts({ unitKind: 'kota' })).units.every((u) => u.kind === 'kota')).toBe(true);
    expect(buildRekap([m1], opts({ unitKind: 'kota' })).units).toHaveLength(9);
    expect(buildRekap([m1], opts({ unitKind: 'kabupaten' })).units).toHaveLength(29);
  });

  it('formats in Indonesian and bands the heat map', () => {
    expect(formatPercent(2 / 3)).toBe('66,7%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(null)).toBe('—');
    expect([0, 1, 2, 3].map((p) => rateBand({ present: p, invited: 3 }))).toEqual([0, 2, 3, 4]);
    expect(rateBand({ present: 1, invited: 5 })).toBe(1);
  });

  it('gives a unit its history, newest first, only meetings it was invited to that took place', () => {
    const h = unitHistory([m1, m2, m3, rekapMeeting('x', '2026-05-01', {}, { status: 'batal' })], '3503', NOW);
    expect(h.entries.map((e) => e.id)).toEqual(['m3', 'm1']);
    expect(h.total).toEqual({ present: 0, invited: 6 });
    const h2 = unitHistory([m1, m2], '3502', NOW);
    expect(itemAt(h2.entries, 0).roles).toEqual([
      { id: 'parmas', present: true },
      { id: 'tekmas', present: true },
      { id: 'medsos', present: true },
    ]);
  });
});

describe('the rate chart', () => {
  it('has a point per meeting, or per month when there are many', () => {
    const ms = Array.from({ length: 6 }, (_, i) =>
      rekapMeeting(`m${i}`, `2026-0${1 + Math.floor(i / 2)}-1${i}`, i % 2 ? { '3501': ALL3 } : {}, { unitsInvited: ['3501'] }),
    );
    const r = buildRekap(ms, opts({ unitCodes: ['3501'] }));
    const perMeeting = rateSeries(r);
    expect(perMeeting.byMonth).toBe(false);
    expect(perMeeting.points.map((p) => [p.label, p.all])).toEqual([
      ['1 · 10/01/2026', 0],
      ['2 · 11/01/2026', 1],
      ['3 · 12/02/2026', 0],
      ['4 · 13/02/2026', 1],
      ['5 · 14/03/2026', 0],
      ['6 · 15/03/2026', 1],
    ]);
    const monthly = rateSeries(r, 4);
    expect(monthly.byMonth).toBe(true);
    expect(monthly.points.map((p) => [p.label, p.all, p.meetings, p.perRole.parmas])).toEqual([
      ['Jan 2026', 0.5, 2, 0.5],
      ['Feb 2026', 0.5, 2, 0.5],
      ['Mar 2026', 0.5, 2, 0.5],
    ]);
  });
});

describe('properties over any archive', () => {
  const CODES = ['3501', '3502', '3503', '3571'];
  const arbMeeting = fc.record({
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 1, max: 12 }),
    year: fc.constantFrom(2025, 2026, 2027),
    status: fc.constantFrom<Meeting['status']>('aktif', 'aktif', 'batal'),
    binned: fc.boolean(),
    invited: fc.subarray(CODES, { minLength: 1 }),
    present: fc.dictionary(fc.constantFrom(...CODES), fc.subarray(ALL3)),
  });
  type Arb = typeof arbMeeting extends fc.Arbitrary<infer T> ? T : never;
  const build = (xs: Arb[]) =>
    xs.map((x, i) =>
      rekapMeeting(`m${i}`, `${x.year}-${String(x.month).padStart(2, '0')}-${String(x.day).padStart(2, '0')}`, x.present, {
        status: x.status,
        deletedAt: x.binned && i % 3 === 0 ? '2026-01-01T00:00:00.000Z' : '',
        unitsInvited: x.invited,
      }),
    );

  it('never counts a cancelled, binned or future meeting, nor changes when one is added or its attendance changes', () => {
    fc.assert(
      fc.property(fc.array(arbMeeting, { maxLength: 25 }), fc.array(arbMeeting, { maxLength: 5 }), (base, extra) => {
        const meetings = build(base);
        const r = buildRekap(meetings, opts({ unitCodes: CODES }));
        for (const m of r.meetings) {
          const src = meetings.find((x) => x.id === m.id)!;
          expect(src.status).toBe('aktif');
          expect(src.deletedAt).toBe('');
          expect(hasTakenPlace(src, NOW)).toBe(true);
        }
        // Extra meetings that cannot count, with everyone present: nothing moves.
        const never = build(extra).map((m, i) => ({ ...m, id: `x${i}`, ...(i % 2 ? { status: 'batal' as const } : { date: '2027-12-31' }) }));
        for (const m of never) for (const c of CODES) m.attendance[c] = valueAt(rekapMeeting('t', '2026-01-01', { [c]: ALL3 }).attendance, c);
        const r2 = buildRekap([...meetings, ...never], opts({ unitCodes: CODES }));
        expect(r2.units).toEqual(r.units);
        expect(r2.total).toEqual(r.total);
        expect(r2.meetings).toEqual(r.meetings);
      }),
      { numRuns: 200 },
    );
  });

  it('never lowers a rate for a unit that was not invited: its cell is empty and its rate untouched', () => {
    fc.assert(
      fc.property(fc.array(arbMeeting, { minLength: 1, maxLength: 20 }), (base) => {
        const meetings = build(base);
        const r = buildRekap(meetings, opts({ unitCodes: CODES }));
        for (const u of r.units) {
          u.cells.forEach((c, j) => {
            const src = meetings.find((x) => x.id === itemAt(r.meetings, j).id)!;
            expect(c === null).toBe(!src.unitsInvited.includes(u.code));
          });
          // The rate over invited meetings only: the same as counting just those cells.
          const invitedCells = u.cells.filter((c) => c !== null);
          expect(u.total.invited).toBe(invitedCells.reduce((a, c) => a + c!.invited, 0));
          expect(u.total.present).toBe(invitedCells.reduce((a, c) => a + c!.present, 0));
          if (u.total.invited === 0) expect(rateOf(u.total)).toBeNull();
        }
        // Un-inviting a unit that had nobody present from one meeting never lowers its rate.
        for (const [j, rm] of r.meetings.entries()) {
          const src = meetings.find((x) => x.id === rm.id)!;
          for (const code of src.unitsInvited) {
            const before = r.units.find((u) => u.code === code)!;
            const changed = meetings.map((x) => (x.id === src.id ? { ...x, unitsInvited: x.unitsInvited.filter((c) => c !== code) } : x));
            const after = buildRekap(changed, opts({ unitCodes: CODES })).units.find((u) => u.code === code)!;
            expect(after.cells[j]).toBeNull();
            if (before.cells[j]!.present === 0 && rateOf(after.total) !== null)
              expect(rateOf(after.total)!).toBeGreaterThanOrEqual(rateOf(before.total)! - 1e-12);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
