// The pure attendance operations: hand edits, whole-unit edits, undo, and the import plan that
// decides per cell between fill, update, unchanged and conflict.
import { describe, expect, it } from 'vitest';
import { defaultMeetingSetup, newMeeting, type Meeting } from '../../shared/domain/meeting';
import { attendanceCounts } from '../../shared/domain/attendance';
import { attendeeLookups } from '../../shared/domain/attendee-name';
import { defaultRoster } from '../../shared/domain/roster';
import {
  liveJoinTime,
  applyImportPlan,
  importKeyOf,
  participantOfImportKey,
  planAttendanceImport,
  previousAssignments,
  pushUndo,
  reportClockMatches,
  restoreUnits,
  setCell,
  setUnitNote,
  setUnitStatus,
  snapshotUnits,
  targetsFromDecisions,
  undoEntryFor,
  UNDO_LIMIT,
  type ImportRow,
  type MatchedImportRow,
} from '../../shared/domain/attendance-ops';
import { itemAt, valueAt } from '../helpers/indexed';

const ROLES = ['parmas', 'tekmas', 'medsos'];

function meeting(): Meeting {
  return newMeeting({ ...defaultMeetingSetup('2022-05-25'), title: 'Rakor' }, 'm1', '2022-05-20T00:00:00.000Z');
}

function row(key: string, firstJoin: string | null, durationMinutes: number, name = key): ImportRow {
  return { key, name, email: '', firstJoin, durationMinutes };
}

describe('hand edits', () => {
  it('sets, changes and clears a cell; an unchanged edit returns the same object', () => {
    const m0 = meeting();
    const m1 = setCell(m0, '3504', 'parmas', { status: 'hadir' });
    expect(valueAt(m1.attendance, '3504').cells.parmas).toEqual({
      status: 'hadir',
      name: '',
      joinTime: '',
      durationMinutes: null,
      source: 'manual',
      importKey: '',
      personId: '',
    });
    expect(m0.attendance).toEqual({});
    expect(setCell(m1, '3504', 'parmas', { status: 'hadir' })).toBe(m1);
    const m2 = setCell(m1, '3504', 'parmas', { name: '  Rina Wulandari ', joinTime: '09:05' });
    expect(valueAt(m2.attendance, '3504').cells.parmas).toMatchObject({ status: 'hadir', name: 'Rina Wulandari', joinTime: '09:05' });
    expect(m2.attendance['3504']).not.toBe(m1.attendance['3504']);
    const cleared = setCell(m2, '3504', 'parmas', null);
    expect(cleared.attendance['3504']).toBeUndefined();
    expect(setCell(cleared, '3504', 'parmas', null)).toBe(cleared);
  });

  it('leaves the other units as the same objects, so only the edited row re-renders', () => {
    const m1 = setCell(setCell(meeting(), '3504', 'parmas', { status: 'hadir' }), '3579', 'medsos', { status: 'izin' });
    const m2 = setCell(m1, '3504', 'tekmas', { status: 'terlambat' });
    expect(m2.attendance['3579']).toBe(m1.attendance['3579']);
    expect(m2.attendance['3504']).not.toBe(m1.attendance['3504']);
  });

  it('sets a whole unit at once and keeps the unit note', () => {
    let m = setUnitNote(meeting(), '3504', ' sinyal putus-putus ');
    m = setUnitStatus(m, '3504', ROLES, 'hadir');
    expect(Object.values(valueAt(m.attendance, '3504').cells).map((c) => c.status)).toEqual(['hadir', 'hadir', 'hadir']);
    expect(valueAt(m.attendance, '3504').note).toBe('sinyal putus-putus');
    expect(attendanceCounts(m)).toMatchObject({ unitsPresent: 1, peoplePresent: 3 });
    m = setUnitStatus(m, '3504', ROLES, null);
    expect(m.attendance['3504']).toEqual({ cells: {}, note: 'sinyal putus-putus' });
    expect(setUnitNote(m, '3504', '').attendance['3504']).toBeUndefined();
  });

  it('a hand edit of an imported cell makes it manual but keeps its import key', () => {
    const imported = applyImportPlan(
      meeting(),
      planAttendanceImport(meeting(), [{ row: row('a|', '09:00', 100), unitCode: '3504', roleId: 'parmas' }], { clockTrusted: true }),
      new Set(),
    ).meeting;
    const edited = setCell(imported, '3504', 'parmas', { status: 'izin' });
    expect(valueAt(edited.attendance, '3504').cells.parmas).toMatchObject({ status: 'izin', source: 'manual', importKey: '09:00#100#a|' });
  });
});

describe('undo', () => {
  it('restores exactly the units a change touched, in reverse order', () => {
    const m0 = setCell(meeting(), '3579', 'medsos', { status: 'izin' });
    const m1 = setUnitStatus(m0, '3504', ROLES, 'hadir');
    const e1 = undoEntryFor('unit', m0, m1)!;
    expect(Object.keys(e1.before)).toEqual(['3504']);
    const m2 = setCell(m1, '3579', 'medsos', null);
    const e2 = undoEntryFor('hapus', m1, m2)!;
    const back1 = restoreUnits(m2, e2);
    expect(valueAt(valueAt(back1.attendance, '3579').cells, 'medsos').status).toBe('izin');
    const back0 = restoreUnits(back1, e1);
    expect(back0.attendance).toEqual(m0.attendance);
    expect(undoEntryFor('nothing', m0, m0)).toBeNull();
  });

  it('keeps the last 50 changes', () => {
    let stack = pushUndo([], null);
    const m = meeting();
    for (let i = 0; i < 60; i++) stack = pushUndo(stack, { label: String(i), before: snapshotUnits(m, ['3504']) });
    expect(stack).toHaveLength(UNDO_LIMIT);
    expect(itemAt(stack, 0).label).toBe('10');
    expect(stack.at(-1)!.label).toBe('59');
  });
});

describe('import plan', () => {
  it('marks joins after start + 15 minutes Terlambat, and trusts join times only in the meeting zone', () => {
    const m = meeting();
    expect(reportClockMatches(m, ['08:40', '09:30'])).toBe(true);
    expect(reportClockMatches(m, ['01:50', '02:10'])).toBe(false);
    expect(reportClockMatches(m, [null])).toBe(false);
    const plan = planAttendanceImport(
      m,
      [
        { row: row('on-time|', '09:15', 120), unitCode: '3504', roleId: 'parmas' },
        { row: row('late|', '09:16', 100), unitCode: '3504', roleId: 'tekmas' },
      ],
      { clockTrusted: true },
    );
    expect(plan.cells.map((c) => [c.roleId, c.proposed.status, c.proposed.joinTime])).toEqual([
      ['parmas', 'hadir', '09:15'],
      ['tekmas', 'terlambat', '09:16'],
    ]);
    const utc = planAttendanceImport(m, [{ row: row('late|', '02:16', 100), unitCode: '3504', roleId: 'tekmas' }], { clockTrusted: false });
    expect(itemAt(utc.cells, 0).proposed).toMatchObject({ status: 'hadir', joinTime: '', durationMinutes: 100 });
  });

  it('records the roster person a row is, else the display name cleaned, else nobody known', () => {
    const roster = defaultRoster();
    roster.people = [
      { id: 'rina', unitCode: '3504', roleId: 'parmas', name: 'Hj. Rina Wulandari, S.Sos.', jabatan: '', email: 'rina@kpu.example.org', phone: '', notes: '' },
      { id: 'nur', unitCode: '3507', roleId: 'parmas', name: 'Nur Aini', jabatan: '', email: '', phone: '', notes: '' },
      { id: 'budi', unitCode: '3504', roleId: 'tekmas', name: 'Budi Santoso', jabatan: '', email: 'budi@kpu.example.org', phone: '', notes: '' },
    ];
    const byEmail = { ...row('e|', '09:00', 1, 'KPU Tulungagung - Parmas'), email: 'RINA@kpu.example.org' };
    const matched = { ...row('m|', '09:00', 1, 'Kab. Malang - Parmas - Nur'), personId: 'nur' };
    const plan = planAttendanceImport(
      meeting(),
      [
        { row: byEmail, unitCode: '3504', roleId: 'parmas' },
        { row: matched, unitCode: '3507', roleId: 'parmas' },
        { row: row('n|', '09:00', 1, 'Tulungagung Tekmas (Bambang)'), unitCode: '3504', roleId: 'tekmas' },
        { row: row('o|', '09:00', 1, 'Operator Medsos KPU Tulungagung'), unitCode: '3504', roleId: 'medsos' },
      ],
      { clockTrusted: true, ...attendeeLookups(roster) },
    );
    expect(plan.cells.map((c) => [c.unitCode, c.roleId, c.proposed.name, c.proposed.personId])).toEqual([
      ['3504', 'medsos', '', ''],
      ['3504', 'parmas', 'Hj. Rina Wulandari, S.Sos.', 'rina'],
      ['3504', 'tekmas', 'Bambang', ''],
      ['3507', 'parmas', 'Nur Aini', 'nur'],
    ]);
  });

  it('fills empty cells, updates imported ones, leaves its own key alone and flags manual ones', () => {
    let m = setCell(meeting(), '3504', 'parmas', { status: 'izin' });
    m = setCell(m, '3504', 'tekmas', { status: null, name: '' });
    m = applyImportPlan(
      m,
      planAttendanceImport(m, [{ row: row('old|', '09:00', 30), unitCode: '3504', roleId: 'medsos' }], { clockTrusted: true }),
      new Set(),
    ).meeting;
    m = applyImportPlan(
      m,
      planAttendanceImport(m, [{ row: row('same|', '09:01', 40), unitCode: '3579', roleId: 'medsos' }], { clockTrusted: true }),
      new Set(),
    ).meeting;
    const plan = planAttendanceImport(
      m,
      [
        { row: row('p|', '09:00', 50), unitCode: '3504', roleId: 'parmas' },
        { row: row('t|', '09:00', 50), unitCode: '3504', roleId: 'tekmas' },
        { row: row('new|', '09:00', 90), unitCode: '3504', roleId: 'medsos' },
        { row: row('same|', '09:01', 40), unitCode: '3579', roleId: 'medsos' },
      ],
      { clockTrusted: true },
    );
    expect(plan.cells.map((c) => `${c.unitCode}|${c.roleId}:${c.effect}`)).toEqual([
      '3504|medsos:update',
      '3504|parmas:conflict',
      '3504|tekmas:fill',
      '3579|medsos:unchanged',
    ]);
    const kept = applyImportPlan(m, plan, new Set());
    expect(kept.counts).toEqual({ filled: 1, updated: 1, overwritten: 0, unchanged: 1, manualKept: 1 });
    expect(valueAt(valueAt(kept.meeting.attendance, '3504').cells, 'parmas').status).toBe('izin');
    expect(kept.meeting.attendance['3579']).toBe(m.attendance['3579']);
    const over = applyImportPlan(m, plan, new Set(['3504|parmas']));
    expect(over.counts.overwritten).toBe(1);
    expect(valueAt(over.meeting.attendance, '3504').cells.parmas).toMatchObject({ status: 'hadir', source: 'import' });
    // Applying the result again: nothing left to do, the same object comes back.
    const again = planAttendanceImport(
      over.meeting,
      plan.cells.map((c) => ({ row: row(c.participantKey, c.proposed.joinTime || null, c.proposed.durationMinutes!), unitCode: c.unitCode, roleId: c.roleId })),
      { clockTrusted: true },
    );
    expect(applyImportPlan(over.meeting, again, new Set()).meeting).toBe(over.meeting);
  });

  it('two rows for one cell: the one already there stays, else the earliest join; the other is reported', () => {
    const m = meeting();
    const a = row('a|', '09:10', 60);
    const b = row('b|', '09:02', 30);
    const plan = planAttendanceImport(
      m,
      [
        { row: a, unitCode: '3504', roleId: 'parmas' },
        { row: b, unitCode: '3504', roleId: 'parmas' },
      ],
      { clockTrusted: true },
    );
    expect(plan.cells).toHaveLength(1);
    expect(plan.cells[0]).toMatchObject({ participantKey: 'b|', alsoHere: ['a|'] });
    const withA = applyImportPlan(m, planAttendanceImport(m, [{ row: a, unitCode: '3504', roleId: 'parmas' }], { clockTrusted: true }), new Set()).meeting;
    const replan = planAttendanceImport(
      withA,
      [
        { row: b, unitCode: '3504', roleId: 'parmas' },
        { row: a, unitCode: '3504', roleId: 'parmas' },
      ],
      { clockTrusted: true },
    );
    expect(replan.cells[0]).toMatchObject({ participantKey: 'a|', effect: 'unchanged', alsoHere: ['b|'] });
  });

  it('turns decisions into targets and finds earlier assignments by participant', () => {
    const rows: MatchedImportRow[] = [
      { ...row('auto|', '09:00', 10), outcome: 'auto', unitCode: '3504', roleId: 'parmas' },
      { ...row('skipme|', '09:00', 10), outcome: 'auto', unitCode: '3504', roleId: 'tekmas' },
      { ...row('review|', '09:00', 10), outcome: 'review' },
      { ...row('unknown|', '09:00', 10), outcome: 'unknown', roleId: 'medsos' },
      { ...row('host|', '09:00', 10), outcome: 'host' },
    ];
    const targets = targetsFromDecisions(rows, {
      assign: [
        { key: 'review|', unitCode: '3507', roleId: 'tekmas' },
        { key: 'unknown|', unitCode: '3579', roleId: 'medsos' },
      ],
      skip: ['skipme|'],
      overwrite: [],
    });
    expect(targets.map((t) => `${t.row.key}>${t.unitCode}|${t.roleId}`)).toEqual(['auto|>3504|parmas', 'review|>3507|tekmas', 'unknown|>3579|medsos']);
    const m = applyImportPlan(meeting(), planAttendanceImport(meeting(), targets, { clockTrusted: true }), new Set()).meeting;
    expect(previousAssignments(m)).toEqual({
      'auto|': { unitCode: '3504', roleId: 'parmas' },
      'review|': { unitCode: '3507', roleId: 'tekmas' },
      'unknown|': { unitCode: '3579', roleId: 'medsos' },
    });
    expect(participantOfImportKey(importKeyOf(row('nama # aneh|x@y', null, 5)))).toBe('nama # aneh|x@y');
  });
});

describe('live marking records the join time', () => {
  const m = { date: '2022-05-25', startTime: '09:00', timeZone: 'WIB' as const, minutes: { actualEnd: '' } } as Parameters<typeof liveJoinTime>[0];
  const at = (iso: string) => liveJoinTime(m, new Date(iso));
  it('from 30 minutes before the start until the end of the day, in the meeting zone', () => {
    expect(at('2022-05-25T01:29:00Z')).toBeNull(); // 08.29 WIB
    expect(at('2022-05-25T01:30:00Z')).toBe('08:30');
    expect(at('2022-05-25T02:07:40Z')).toBe('09:07');
    expect(at('2022-05-25T16:59:00Z')).toBe('23:59');
    expect(at('2022-05-25T17:00:00Z')).toBeNull(); // the next day in WIB
    expect(at('2022-05-24T02:07:00Z')).toBeNull();
  });
  it('until the actual end when the minutes have one; WITA reads its own clock', () => {
    expect(liveJoinTime({ ...m, minutes: { ...m.minutes, actualEnd: '11:30' } }, new Date('2022-05-25T04:31:00Z'))).toBeNull();
    expect(liveJoinTime({ ...m, minutes: { ...m.minutes, actualEnd: '11:30' } }, new Date('2022-05-25T04:30:00Z'))).toBe('11:30');
    expect(liveJoinTime({ ...m, timeZone: 'WITA' }, new Date('2022-05-25T01:10:00Z'))).toBe('09:10');
  });
});
