// Matching quality of the attendance import on every fixture with a truth table, through the
// real handlers (roster from tests/fixtures/attendance/roster-peserta.csv imported as a user
// would, then attendance/import-preview): wrong cells, and how many of the people who attended
// are placed automatically, by an accepted proposal, or left to the user.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dispatch } from '../electron/handlers';
import { DataStore } from '../electron/storage/data-store';
import { confJsonFile } from '../electron/storage/json-file';
import type { HandlerDeps } from '../electron/handlers/types';
import type { InputOf, MethodName, OutputOf } from '../shared/contract';
import type { ImportPreviewRow } from '../shared/contract/attendance';
import { defaultMeetingSetup } from '../shared/domain/meeting';
import { matchQuality, type MatchQuality, type MatchResult } from '../shared/import/match-participants';

const DIR = path.resolve('tests/fixtures/attendance');

/** Report file -> its truth table; the last one was made once and never tuned against. */
export const QUALITY_FIXTURES: ReadonlyArray<{ file: string; truth: string; withRoster: boolean; heldOut?: boolean }> = [
  { file: 'zoom-participants.csv', truth: 'zoom-participants.expected.csv', withRoster: false },
  { file: 'zoom-participants-with-meeting.csv', truth: 'zoom-participants.expected.csv', withRoster: false },
  { file: 'teams-attendance.csv', truth: 'zoom-participants.expected.csv', withRoster: false },
  { file: 'meet-attendance.csv', truth: 'zoom-participants.expected.csv', withRoster: false },
  { file: 'zoom-participants.csv', truth: 'zoom-participants.expected.csv', withRoster: true },
  { file: 'zoom-judul-roster.csv', truth: 'zoom-judul-roster.expected.csv', withRoster: true },
  { file: 'forms-daftar-hadir.csv', truth: 'forms-daftar-hadir.expected.csv', withRoster: true },
  { file: 'forms-daftar-hadir.xlsx', truth: 'forms-daftar-hadir.xlsx.expected.csv', withRoster: true },
  { file: 'teams-uji-akhir.csv', truth: 'teams-uji-akhir.expected.csv', withRoster: true, heldOut: true },
];

export interface FixtureQuality extends MatchQuality {
  fixture: string;
  /** (right automatically + right by proposal) / attended. */
  onGridShare: number;
}

async function call<M extends MethodName>(deps: HandlerDeps, method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const res = await dispatch(deps, method, input);
  if (!res.ok) throw new Error(`${method}: ${res.error.message} ${(res.error.details ?? []).join('; ')}`);
  return res.value as OutputOf<M>;
}

/** A data folder with a meeting of 25 May 2022, 09.00 WIB, all units and roles; the roster optional. */
export async function qualityFolder(withRoster: boolean): Promise<{ deps: HandlerDeps; meetingId: string; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rakor-quality-'));
  let n = 0;
  const clock = () => new Date('2026-11-28T02:00:00Z');
  const deps: HandlerDeps = { store: new DataStore(dir, confJsonFile, clock).open(), clock, newId: () => `q${++n}`, transport: 'web', version: 'bench' };
  if (withRoster) {
    const base64 = fs.readFileSync(path.join(DIR, 'roster-peserta.csv')).toString('base64');
    await call(deps, 'roster/import-apply', { base64 });
  }
  const meeting = await call(deps, 'meetings/create', { ...defaultMeetingSetup('2022-05-25'), title: 'Rakor Evaluasi Sosialisasi Pemilu 2024' });
  return { deps, meetingId: meeting.id, dir };
}

export function asResults(rows: readonly ImportPreviewRow[]): MatchResult[] {
  return rows.map((r) => {
    const participant = { key: r.key, name: r.name, email: r.email };
    if (r.outcome === 'auto') return { outcome: 'auto', participant, unitCode: r.unitCode!, roleId: r.roleId! };
    if (r.outcome === 'review')
      return { outcome: 'review', participant, candidates: r.candidates, reason: r.reason, ...(r.proposed ? { proposed: r.proposed } : {}) };
    return { outcome: r.outcome, participant, reason: r.reason };
  });
}

export async function fixtureQuality(fixture: (typeof QUALITY_FIXTURES)[number]): Promise<FixtureQuality> {
  const { deps, meetingId, dir } = await qualityFolder(fixture.withRoster);
  try {
    const base64 = fs.readFileSync(path.join(DIR, fixture.file)).toString('base64');
    const preview = await call(deps, 'attendance/import-preview', { id: meetingId, fileName: fixture.file, base64 });
    const q = matchQuality(asResults(preview.rows), fs.readFileSync(path.join(DIR, fixture.truth), 'utf8'));
    const label = `${fixture.file}${fixture.withRoster ? ' + roster' : ''}${fixture.heldOut ? ' (held out)' : ''}`;
    return { ...q, fixture: label, onGridShare: q.attended ? (q.rightAuto + q.rightByProposal) / q.attended : 1 };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Bench rows: one per fixture, met when 0 wrong and >= 95% on the grid after the proposals. */
export async function attendanceQualityRows(): Promise<Array<{ name: string; target: string; value: string; met: boolean }>> {
  const out = [];
  for (const f of QUALITY_FIXTURES) {
    const q = await fixtureQuality(f);
    out.push({
      name: `import quality, ${q.fixture}: wrong / automatic / by proposal / left to the user (of attended), on the grid after accepting`,
      target: '0 wrong, >= 95% on the grid',
      value: `${q.wrong} wrong, ${q.rightAuto} / ${q.rightByProposal} / ${q.leftToUser} (of ${q.attended}), ${Math.round(q.onGridShare * 1000) / 10}%`,
      met: q.wrong === 0 && q.onGridShare >= 0.95,
    });
  }
  return out;
}
