// The second round of the matcher: the roster places its people, titles decide between roles,
// and review rows carry the one clearly best proposal (or none when the choice is open).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLES, ROLE_TITLE_RULES } from '../../shared/domain/roles';
import { JATIM_UNITS } from '../../shared/domain/units';
import { rolesDecided } from '../../shared/domain/unit-match';
import { participantKey } from '../../shared/import/attendance-report';
import { matchParticipants, type MatchOptions, type MatchPerson, type MatchResult } from '../../shared/import/match-participants';
import { itemAt } from '../helpers/indexed';

const person = (id: string, unitCode: string, roleId: string, name: string, email = '', phone = ''): MatchPerson => ({
  id,
  unitCode,
  roleId,
  name,
  email,
  phone,
});
const PEOPLE: MatchPerson[] = [
  person('p1', '3504', 'tekmas', 'Bambang Sugiarto, S.E.', 'bambang.s@example.id'),
  person('p2', '3575', 'tekmas', 'Retno Wulan Sari', 'retno.ws@example.id'),
  person('p3', '3521', 'medsos', 'Gilang Ramadhan', '', '+6281234567890'),
  person('p4', '3507', 'parmas', 'Hesti Purnamasari'),
];
const OPTIONS: MatchOptions = { units: JATIM_UNITS, roles: DEFAULT_ROLES, people: PEOPLE };
const row = (name: string, email = '', extra: { phone?: string; jabatan?: string; satker?: string } = {}) => ({
  key: participantKey(name, email),
  name,
  email,
  ...extra,
});
const one = (name: string, email = '', options: MatchOptions = OPTIONS) => itemAt(matchParticipants([row(name, email)], options), 0);

describe('role words in titles name one role, by the precedence of ROLE_TITLE_RULES', () => {
  it.each([
    ['Kasubag Teknis dan Parmas', 'tekmas'],
    ['Kasubbag TP2H dan Parmas SDM', 'tekmas'],
    ['Kepala Subbagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat', 'tekmas'],
    ['Kadiv Sosdiklih Parmas SDM', 'parmas'],
    ['Anggota Divisi Teknis dan Parmas', 'parmas'],
    ['Staf Medsos Divisi Parmas', 'medsos'],
    ['Operator Teknis Medsos', 'medsos'],
  ])('%s -> %s', (text, roleId) => {
    expect(rolesDecided(text, DEFAULT_ROLES, ROLE_TITLE_RULES)).toEqual([roleId]);
    expect(one(`KPU Kab. Tulungagung - ${text}`, '', { units: JATIM_UNITS, roles: DEFAULT_ROLES })).toMatchObject({
      outcome: 'auto',
      unitCode: '3504',
      roleId,
    });
  });

  it('leaves two roles open when no title is written', () => {
    expect(rolesDecided('Parmas Tekmas', DEFAULT_ROLES, ROLE_TITLE_RULES)).toEqual(['parmas', 'tekmas']);
  });
});

describe('the roster places its own people with certainty', () => {
  it('by full name, without unit or role in the display name', () => {
    expect(one('Bambang Sugiarto')).toMatchObject({ outcome: 'auto', unitCode: '3504', roleId: 'tekmas', reason: 'Roster: nama Bambang Sugiarto, S.E.' });
  });
  it('by email and by WhatsApp number', () => {
    expect(one('iPhone', 'BAMBANG.S@example.id')).toMatchObject({ outcome: 'auto', unitCode: '3504', roleId: 'tekmas' });
    expect(one('0812-3456-7890')).toMatchObject({ outcome: 'auto', unitCode: '3521', roleId: 'medsos' });
    expect(matchParticipants([row('Gilang', '', { phone: '62 812 3456 7890' })], OPTIONS)[0]).toMatchObject({ outcome: 'auto', unitCode: '3521' });
  });
  it('not when the display name names another unit or role', () => {
    expect(one('Bambang Sugiarto KPU Kab. Ngawi Operator')).toMatchObject({ outcome: 'auto', unitCode: '3521', roleId: 'medsos' });
    expect(one('Bambang Sugiarto Operator')).toMatchObject({ outcome: 'unknown', roleId: 'medsos' });
  });
  it('not a provincial host who shares a name', () => {
    expect(one('Bambang Sugiarto KPU Jatim').outcome).toBe('host');
  });
});

describe('proposals', () => {
  it('elimination: the only candidate left free after the certain rows', () => {
    const results = matchParticipants([row('Retno', 'retno.ws@example.id'), row('KPU Pasuruan - Tekmas')], OPTIONS);
    expect(results[0]).toMatchObject({ outcome: 'auto', unitCode: '3575', roleId: 'tekmas' });
    expect(results[1]).toMatchObject({
      outcome: 'review',
      proposed: { unitCode: '3514', roleId: 'tekmas', source: 'elimination' },
    });
  });

  it('the roster: a first name and an initial', () => {
    expect(one('Bambang S')).toMatchObject({
      outcome: 'review',
      candidates: [{ unitCode: '3504', roleId: 'tekmas' }],
      proposed: { unitCode: '3504', roleId: 'tekmas', source: 'roster', reason: 'Nama di Roster: Bambang Sugiarto, S.E.' },
    });
    expect(one('KPU Malang Hesti P')).toMatchObject({ outcome: 'review', proposed: { unitCode: '3507', roleId: 'parmas', source: 'roster' } });
  });

  it('an earlier meeting: what the user chose for this name', () => {
    const learned = (r: { name: string }) =>
      r.name === 'Galaxy A52' ? { unitCode: '3521', roleId: 'medsos', reason: 'Seperti rapat 25 Mei 2022.' } : undefined;
    expect(one('Galaxy A52', '', { ...OPTIONS, learned })).toMatchObject({
      outcome: 'review',
      proposed: { unitCode: '3521', roleId: 'medsos', source: 'learned', reason: 'Seperti rapat 25 Mei 2022.' },
    });
    // Never a cell a certain row of the same report fills.
    const both = matchParticipants([row('Galaxy A52'), row('Gilang Ramadhan')], { ...OPTIONS, learned });
    expect(both[0]).toMatchObject({ outcome: 'unknown' });
  });

  it('none when the choice is open, or when two rows would take the same cell', () => {
    const open = one('KPU Malang');
    expect(open.outcome).toBe('review');
    expect((open as { proposed?: unknown }).proposed).toBeUndefined();
    const rivals = matchParticipants([row('Retno', 'retno.ws@example.id'), row('KPU Pasuruan - Tekmas'), row('KPU Pasuruan Kasubag')], OPTIONS);
    expect(rivals.slice(1).map((r) => (r as { proposed?: unknown }).proposed)).toEqual([undefined, undefined]);
  });
});

describe('properties', () => {
  const NAMES = [
    'Retno',
    'KPU Pasuruan - Tekmas',
    'Bambang S',
    'Bambang Sugiarto',
    'KPU Kab. Ngawi Operator',
    'Galaxy A52',
    'KPU Malang',
    'KPU Kota Malang - Kasubag Teknis dan Parmas',
    'Kota Malang Admin Medsos',
    'Hesti Purnamasari',
    'KPU Jatim',
    'Sinta KPU Kota Malang',
  ];
  const rows = NAMES.map((n) => row(n, n === 'Retno' ? 'retno.ws@example.id' : ''));
  const view = (results: MatchResult[]) => results.map((r) => JSON.stringify(r)).sort();

  it('shuffling the rows of a report does not change the outcome', () => {
    const base = view(matchParticipants(rows, OPTIONS));
    fc.assert(
      fc.property(fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }), (shuffled) => {
        expect(view(matchParticipants(shuffled, OPTIONS))).toEqual(base);
      }),
      { numRuns: 200 },
    );
  });

  it('a report matched twice gives the same result', () => {
    expect(matchParticipants(rows, OPTIONS)).toEqual(matchParticipants(rows, OPTIONS));
  });
});
