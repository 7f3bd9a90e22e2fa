import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLES } from '../../shared/domain/roles';
import { JATIM_UNITS, officialUnitName } from '../../shared/domain/units';
import { parseAttendanceReport, participantKey } from '../../shared/import/attendance-report';
import { DEFAULT_HOST_PATTERNS, matchParticipants, matchQuality, type MatchOptions, type MatchResult } from '../../shared/import/match-participants';
import { itemAt } from '../helpers/indexed';

const DIR = join(__dirname, '..', 'fixtures', 'attendance');
const fixture = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
const expectedCsv = readFileSync(join(DIR, 'zoom-participants.expected.csv'), 'utf8');

const OPTIONS: MatchOptions = { units: JATIM_UNITS, roles: DEFAULT_ROLES };

function match(file: string, options: MatchOptions = OPTIONS) {
  return matchParticipants(parseAttendanceReport(fixture(file)).rows, options);
}

const row = (name: string, email = '') => ({ key: participantKey(name, email), name, email });
const one = (name: string, email = '', options: MatchOptions = OPTIONS) => itemAt(matchParticipants([row(name, email)], options), 0);

function summary(results: MatchResult[]) {
  return results
    .map((r) => {
      if (r.outcome === 'auto') return `${r.participant.key} -> auto ${r.unitCode} ${r.roleId}`;
      if (r.outcome === 'review') {
        return `${r.participant.key} -> review ${r.candidates.map((c) => `${c.unitCode}/${c.roleId}`).join(',')}`;
      }
      return `${r.participant.key} -> ${r.outcome}`;
    })
    .sort();
}

describe('acceptance on the Zoom sample against its truth table', () => {
  const results = match('zoom-participants.csv');
  const quality = matchQuality(results, expectedCsv);

  it('fills nothing wrongly, at least 95% of clear rows, and sends every ambiguous row to review', () => {
    expect(quality.matchRows).toBe(96);
    expect(quality.ambiguousRows).toBe(5);
    expect(quality.wrong).toBe(0);
    expect(quality.matchAuto / quality.matchRows).toBeGreaterThanOrEqual(0.95);
    expect(quality.ambiguousToReview).toBe(quality.ambiguousRows);
    expect(quality.hostOrUnknownAssigned).toBe(0);
    expect(quality).toMatchObject({
      wrong: 0,
      matchRows: 96,
      matchAuto: 96,
      ambiguousRows: 5,
      ambiguousToReview: 5,
      hostOrUnknownAssigned: 0,
    });
  });

  it('marks the host commission and sends device names to unknown', () => {
    const outcome = (name: string) => results.find((r) => r.participant.name === name)!.outcome;
    for (const name of ['Rochani - KPU Jatim', 'Sosdiklih KPU Jatim', 'KPU Provinsi Jawa Timur (Host)', 'Operator Zoom KPU Jatim']) {
      expect(outcome(name), name).toBe('host');
    }
    for (const name of ['Zoom user', 'vivo 1904', 'LAPTOP-KPU', 'Galaxy A52', 'Admin', 'Redmi Note 10']) {
      expect(outcome(name), name).toBe('unknown');
    }
    // No marker at all: without the speakers' names these two cannot be told from anyone else.
    expect(outcome('Gogot Cahyo Baskoro')).toBe('unknown');
  });

  it('recognises the provincial speakers as host when their names are given', () => {
    const withSpeakers = match('zoom-participants.csv', {
      ...OPTIONS,
      hostPatterns: [...DEFAULT_HOST_PATTERNS, 'Gogot Cahyo Baskoro', 'Insan Qoriawan'],
    });
    const q = matchQuality(withSpeakers, expectedCsv);
    expect(q.wrong).toBe(0);
    expect(withSpeakers.filter((r) => r.outcome === 'host').map((r) => r.participant.name)).toEqual([
      'Rochani - KPU Jatim',
      'Gogot Cahyo Baskoro',
      'Insan Qoriawan',
      'Sosdiklih KPU Jatim',
      'KPU Provinsi Jawa Timur (Host)',
      'Operator Zoom KPU Jatim',
    ]);
  });

  it('ranks review candidates with the cells nobody filled first', () => {
    const review = (name: string) => {
      const r = results.find((x) => x.participant.name === name)!;
      if (r.outcome !== 'review') throw new Error(`${name} is ${r.outcome}`);
      return r;
    };
    // Lamongan's Parmas and Medsos came in already, so Tekmas is the likely one.
    expect(review('Dian Nugroho KPU Kabupaten Lamongan').candidates[0]).toEqual({ unitCode: '3524', roleId: 'tekmas' });
    expect(review('Dian Nugroho KPU Kabupaten Lamongan').reason).toBe('Peran tidak disebut.');
    const pasuruan = review('KPU Pasuruan - KASUBAG TEKMAS - Endah Hidayat');
    expect(pasuruan.candidates).toEqual([
      { unitCode: '3514', roleId: 'tekmas' },
      { unitCode: '3575', roleId: 'tekmas' },
    ]);
    expect(pasuruan.reason).toBe('Unit bisa Kab. Pasuruan atau Kota Pasuruan.');
    expect(review('Rahmat Purnomo kpu kota pasuruan').candidates[0]).toEqual({ unitCode: '3575', roleId: 'medsos' });
  });
});

describe('the same meeting from every platform gives the same decisions', () => {
  const zoom = summary(match('zoom-participants.csv'));
  for (const file of ['zoom-participants-with-meeting.csv', 'teams-attendance.csv', 'meet-attendance.csv']) {
    it(file, () => {
      expect(summary(match(file))).toEqual(zoom);
      expect(matchQuality(match(file), expectedCsv)).toEqual(matchQuality(match('zoom-participants.csv'), expectedCsv));
    });
  }
});

describe('general rules on names not in the sample', () => {
  it('fills every unit and role from the usual ways of writing them, and nothing wrongly', () => {
    const roleWords: Record<string, string[]> = {
      parmas: ['Divisi Parmas', 'Komisioner Sosdiklih', 'Kadiv Parmas'],
      tekmas: ['Kasubag Tekmas', 'Kasubbag TP2H', 'KASUBAG TEKNIS'],
      medsos: ['Operator Medsos', 'Admin', 'OPS Media Sosial'],
    };
    const people = ['Budi Santoso', 'Siti Aminah', 'Moch. Arifin', 'Anggita Pratiwi', 'Bagus Prakoso', 'Tuti Alawiyah'];
    let n = 0;
    let auto = 0;
    for (const unit of JATIM_UNITS) {
      const marker = unit.kind === 'kota' ? 'Kota' : 'Kab.';
      const unitForms = [`KPU ${marker} ${unit.name}`, `${unit.name} ${marker}`, officialUnitName(unit).toLowerCase()];
      for (const [roleId, words] of Object.entries(roleWords)) {
        for (const word of words) {
          for (const unitForm of unitForms) {
            const person = people[n++ % people.length];
            for (const name of [`${unitForm} - ${word} - ${person}`, `${word}_${unitForm}_${person}`, `${person} (${word} ${unitForm})`]) {
              const result = one(name);
              if (result.outcome === 'auto') {
                auto++;
                expect([result.unitCode, result.roleId], name).toEqual([unit.code, roleId]);
              }
            }
          }
        }
      }
    }
    expect(auto).toBe(38 * 9 * 3 * 3);
  });

  it('fills automatically only when unit and role are both certain', () => {
    expect(one('Komisioner Divisi Parmas KPU Kabupaten Tulungagung')).toMatchObject({
      outcome: 'auto',
      unitCode: '3504',
      roleId: 'parmas',
    });
    expect(one('tulungagung-medsos')).toMatchObject({ outcome: 'auto', unitCode: '3504', roleId: 'medsos' });
    expect(one('Budi Santoso', 'tekmas@kpu-tulungagungkab.go.id')).toMatchObject({
      outcome: 'auto',
      unitCode: '3504',
      roleId: 'tekmas',
    });
    expect(one('KPU Kab. Tulungagung')).toMatchObject({ outcome: 'review', reason: 'Peran tidak disebut.' });
    expect(one('KPU Malang Operator')).toMatchObject({
      outcome: 'review',
      candidates: [
        { unitCode: '3507', roleId: 'medsos' },
        { unitCode: '3573', roleId: 'medsos' },
      ],
    });
    expect(one('KPU Malang')).toMatchObject({ outcome: 'review' });
    expect((one('KPU Malang') as { candidates: unknown[] }).candidates).toHaveLength(6);
  });

  it('lets the address settle a name shared by kabupaten and kota, and flags a conflict', () => {
    expect(one('KPU Malang Operator', 'medsos@kpu-malangkota.go.id')).toMatchObject({
      outcome: 'auto',
      unitCode: '3573',
      roleId: 'medsos',
    });
    expect(one('KPU Kab Malang Operator', 'kpu.kotamalang@example.com')).toMatchObject({
      outcome: 'review',
      reason: 'Unit bisa Kab. Malang atau Kota Malang.',
    });
  });

  it('sends two roles to review when no title decides', () => {
    expect(one('Parmas / Medsos KPU Kota Batu')).toMatchObject({
      outcome: 'review',
      candidates: [
        { unitCode: '3579', roleId: 'parmas' },
        { unitCode: '3579', roleId: 'medsos' },
      ],
      reason: 'Peran bisa Divisi Parmas atau Operator Medsos.',
    });
    // Titles rank: a commissioner's title beats an operator's (ROLE_TITLE_RULES).
    expect(one('Operator / Komisioner KPU Kota Batu')).toMatchObject({ outcome: 'auto', unitCode: '3579', roleId: 'parmas' });
  });

  it('never assigns host markers to a unit', () => {
    expect(one('Budi (Co-host)').outcome).toBe('host');
    expect(one('Panitia', 'sekretariat@kpu-jatimprov.go.id').outcome).toBe('host');
    expect(one('KPU Kab Malang Parmas (Host)')).toMatchObject({
      outcome: 'review',
      reason: 'Nama menyebut KPU Provinsi sekaligus sebuah unit.',
    });
  });

  it('keeps a role without unit as an unknown with a hint', () => {
    expect(one('Admin')).toEqual({
      outcome: 'unknown',
      participant: row('Admin'),
      reason: 'Unit tidak dikenali dari nama maupun email.',
      roleId: 'medsos',
    });
    expect(one('iPhone')).toEqual({
      outcome: 'unknown',
      participant: row('iPhone'),
      reason: 'Unit tidak dikenali dari nama maupun email.',
    });
  });

  it('respects the units and roles invited', () => {
    const kotaOnly: MatchOptions = {
      ...OPTIONS,
      unitsInvited: JATIM_UNITS.filter((u) => u.kind === 'kota').map((u) => u.code),
      rolesInvited: ['parmas', 'tekmas'],
    };
    expect(one('KPU Kab. Tuban Parmas', '', kotaOnly)).toMatchObject({
      outcome: 'unknown',
      unitCode: '3523',
      roleId: 'parmas',
      reason: 'Kab. Tuban tidak termasuk unit yang diundang.',
    });
    expect(one('KPU Kota Batu Operator', '', kotaOnly)).toMatchObject({
      outcome: 'unknown',
      unitCode: '3579',
      roleId: 'medsos',
      reason: 'Peran Operator Medsos tidak diundang.',
    });
    // Only Kota Malang is invited, yet "KPU Malang" is not silently taken to mean it.
    expect(one('KPU Malang Parmas', '', kotaOnly)).toMatchObject({
      outcome: 'review',
      candidates: [{ unitCode: '3573', roleId: 'parmas' }],
    });
    expect(one('KPU Kota Batu', '', kotaOnly)).toMatchObject({
      outcome: 'review',
      candidates: [
        { unitCode: '3579', roleId: 'parmas' },
        { unitCode: '3579', roleId: 'tekmas' },
      ],
    });
  });
});
