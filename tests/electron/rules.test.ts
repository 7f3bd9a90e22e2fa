// The core owns the rules: forged requests (a whole record, a meeting that ends before it
// starts, no units, units or roles the roster does not have, a cell for a unit not invited,
// a change to a final record, a copy that breaks a rule) are refused with nothing stored,
// through the handlers and through the real browser host process.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultMeetingSetup, setupOf, type Meeting, type MeetingSetup } from '../../shared/domain/meeting';
import { defaultRoster } from '../../shared/domain/roster';
import { call, callError, makeDeps, seedRoster, tempDir } from './helpers';
import { startHostProcess, type HostProcess } from './host-process';
import type { HandlerDeps } from '../../electron/handlers/types';
import { itemAt, valueAt } from '../helpers/indexed';

const SETUP: MeetingSetup = { ...defaultMeetingSetup('2022-05-25'), title: 'Rakor Persiapan Sosialisasi', endTime: '12:00' };

/** Every file of the data folder with its bytes, to show that a refusal wrote nothing. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile() && !e.name.endsWith('.lock'))
      out[path.relative(dir, path.join(e.parentPath, e.name))] = fs.readFileSync(path.join(e.parentPath, e.name), 'utf8');
  }
  return out;
}

async function meetingWithAttendance(deps: HandlerDeps): Promise<Meeting> {
  const m = await call(deps, 'meetings/create', SETUP);
  return call(deps, 'attendance/set-cells', { id: m.id, cells: [{ unitCode: '3504', roleId: 'parmas', value: { status: 'hadir' } }] });
}

describe('forged requests to the handlers are refused with nothing stored', () => {
  it('no method takes a whole meeting or roster', async () => {
    const deps = makeDeps();
    const m = await meetingWithAttendance(deps);
    const before = snapshot(deps.store.dir);
    const whole = await callError(deps, 'meetings/save', { meeting: { ...m, title: 'Ditimpa' } });
    expect(whole.code).toBe('unknown_method');
    const roster = await callError(deps, 'roster/save', { ...defaultRoster(), roles: [] });
    expect(roster.code).toBe('unknown_method');
    // An intent with a whole record smuggled beside its fields is refused by its strict schema.
    const smuggled = await callError(deps, 'attendance/set-note', { id: m.id, unitCode: '3504', note: 'x', meeting: { ...m, title: 'Ditimpa' } });
    expect(smuggled.code).toBe('invalid_input');
    expect(snapshot(deps.store.dir)).toEqual(before);
  });

  it('a meeting that ends before it starts, invites no unit or role, or names what the roster lacks', async () => {
    const deps = makeDeps();
    const cases: Array<[Partial<MeetingSetup>, string]> = [
      [{ startTime: '13:00', endTime: '09:00' }, 'Waktu selesai harus setelah waktu mulai.'],
      [{ unitsInvited: [], unitsInvitedMode: 'picked' }, 'Pilih minimal satu unit yang diundang.'],
      [{ rolesInvited: [] }, 'Pilih minimal satu peran yang diundang.'],
      [{ unitsInvited: ['3504', '9999'], unitsInvitedMode: 'picked' }, 'Unit dengan kode 9999 tidak ada di Roster.'],
      [{ rolesInvited: ['parmas', 'hantu'] }, 'Peran "hantu" tidak ada di Roster.'],
      [{ joinUrl: 'javascript:alert(1)' }, 'Tautan harus berupa alamat web (https:// atau http://), misalnya https://zoom.us/j/123.'],
    ];
    const before = snapshot(deps.store.dir);
    for (const [patch, message] of cases) {
      const err = await callError(deps, 'meetings/create', { ...SETUP, ...patch });
      expect(err.code, message).toBe('invalid_input');
      expect(err.details).toContain(message);
    }
    expect(snapshot(deps.store.dir)).toEqual(before);
    expect((await call(deps, 'meetings/list', {})).meetings).toEqual([]);

    // The same rules on an edit of the set-up, with the field each belongs to.
    const m = await call(deps, 'meetings/create', SETUP);
    const stored = snapshot(deps.store.dir);
    for (const [patch, message] of cases) {
      const err = (await callError(deps, 'meetings/update-setup', { id: m.id, setup: { ...SETUP, ...patch } })) as {
        problems?: { field: string; message: string }[];
      };
      expect(err.problems?.map((p) => p.message)).toContain(message);
    }
    const ends = (await callError(deps, 'meetings/update-setup', { id: m.id, setup: { ...SETUP, startTime: '13:00', endTime: '09:00' } })) as {
      problems?: { field: string }[];
    };
    expect(ends.problems?.map((p) => p.field)).toEqual(['endTime']);
    expect(snapshot(deps.store.dir)).toEqual(stored);
  });

  it('a cell for a unit or role not invited, and un-inviting a unit whose attendance is recorded', async () => {
    const deps = makeDeps();
    const m = await call(deps, 'meetings/create', { ...SETUP, unitsInvited: ['3504', '3578'], unitsInvitedMode: 'picked', rolesInvited: ['parmas', 'tekmas'] });
    await call(deps, 'attendance/set-cells', { id: m.id, cells: [{ unitCode: '3504', roleId: 'parmas', value: { status: 'hadir' } }] });
    const before = snapshot(deps.store.dir);
    const forged = [
      { unitCode: '9999', roleId: 'parmas' },
      { unitCode: '3501', roleId: 'parmas' },
      { unitCode: '3504', roleId: 'medsos' },
    ];
    for (const cell of forged) {
      const err = await callError(deps, 'attendance/set-cells', { id: m.id, cells: [{ ...cell, value: { status: 'hadir' } }] });
      expect(err.code).toBe('invalid_input');
      expect(err.details?.join(' ')).toMatch(/tidak diundang ke rapat ini/);
    }
    // One bad cell in a batch refuses the whole batch: nothing half-written.
    const mixed = await callError(deps, 'attendance/set-cells', {
      id: m.id,
      cells: [
        { unitCode: '3578', roleId: 'parmas', value: { status: 'hadir' } },
        { unitCode: '9999', roleId: 'parmas', value: { status: 'hadir' } },
      ],
    });
    expect(mixed.code).toBe('invalid_input');
    expect((await callError(deps, 'attendance/set-note', { id: m.id, unitCode: '3501', note: 'diam-diam' })).code).toBe('invalid_input');
    expect(
      (
        await callError(deps, 'attendance/restore-units', {
          id: m.id,
          units: [
            {
              unitCode: '9999',
              attendance: { note: '', cells: { parmas: { status: 'hadir', name: '', joinTime: '', durationMinutes: null, source: 'manual', importKey: '' } } },
            },
          ],
        })
      ).code,
    ).toBe('invalid_input');
    const uninvite = await callError(deps, 'meetings/update-setup', { id: m.id, setup: { ...setupOf(m), unitsInvited: ['3578'] } });
    expect(uninvite.details?.join(' ')).toContain('Kab. Tulungagung tidak diundang ke rapat ini');
    expect(snapshot(deps.store.dir)).toEqual(before);
  });

  it('a final record refuses every change, and the stored file stays byte for byte', async () => {
    const deps = makeDeps();
    const demo = await call(deps, 'meetings/load-demo', {});
    await call(deps, 'minutes/finalize', { id: demo.id });
    const before = snapshot(deps.store.dir);
    const s = itemAt(demo.speakers, 0);
    const intents: Array<[string, Record<string, unknown>]> = [
      ['attendance/set-cells', { cells: [{ unitCode: '3504', roleId: 'parmas', value: null }] }],
      ['attendance/set-note', { unitCode: '3504', note: 'diubah' }],
      ['attendance/restore-units', { units: [{ unitCode: '3504', attendance: null }] }],
      ['speakers/add', { speaker: { ...s, id: 'baru' } }],
      ['speakers/update', { speakerId: s.id, patch: { name: 'Orang lain' } }],
      ['speakers/move', { speakerId: s.id, by: 1 }],
      ['speakers/remove', { speakerId: s.id }],
      ['speakers/set-points', { speakerId: s.id, points: [] }],
      ['speakers/timing', { speakerId: s.id, action: 'start', at: '2022-05-25T02:00:00.000Z' }],
      ['minutes/update', { patch: { conclusions: [] } }],
      ['meetings/apply-intents', { intents: [{ method: 'minutes/update', input: { patch: { conclusions: [] } } }] }],
      ['meetings/update-setup', { setup: { ...setupOf(demo), title: 'Diubah' } }],
      [
        'attendance/import-apply',
        { fileName: 'x.csv', base64: Buffer.from('Name,Join Time\nA,x\n').toString('base64'), decisions: { assign: [], skip: [], overwrite: [] } },
      ],
    ];
    for (const [method, input] of intents) {
      const err = await callError(deps, method, { id: demo.id, ...input });
      expect(err.code, method).toBe('locked');
    }
    expect(snapshot(deps.store.dir)).toEqual(before);
  });

  it('a copy that breaks a rule is not opened, and nothing is stored', async () => {
    const deps = makeDeps();
    const demo = await call(deps, 'meetings/load-demo', {});
    const before = snapshot(deps.store.dir);
    const cell = { status: 'hadir' as const, name: '', joinTime: '', durationMinutes: null, source: 'manual' as const, importKey: '', personId: '' };
    const broken: Meeting[] = [
      { ...demo, startTime: '13:00', endTime: '09:00' },
      { ...demo, unitsInvited: [] },
      { ...demo, rolesInvited: ['parmas', 'hantu'] },
      { ...demo, attendance: { ...demo.attendance, '9999': { note: '', cells: { parmas: cell } } } },
      { ...demo, speakers: [itemAt(demo.speakers, 0), itemAt(demo.speakers, 0)] },
    ];
    for (const meeting of broken) {
      const err = await callError(deps, 'meetings/import-copy', { text: JSON.stringify({ schemaVersion: 1, meeting }) });
      expect(err.message).toContain('bukan salinan rapat Rakor yang utuh');
    }
    expect(snapshot(deps.store.dir)).toEqual(before);
  });

  it('a record stored before a rule existed stays editable, but a change never adds a problem', async () => {
    const deps = makeDeps();
    const demo = await call(deps, 'meetings/load-demo', {});
    // Seeded through the store, as an older version could have written it.
    deps.store.saveMeeting({ ...demo, startTime: '13:00', endTime: '09:00' });
    const edited = await call(deps, 'attendance/set-note', { id: demo.id, unitCode: '3504', note: 'Hadir lengkap' });
    expect(valueAt(edited.attendance, '3504').note).toBe('Hadir lengkap');
    expect(
      (await callError(deps, 'attendance/set-cells', { id: demo.id, cells: [{ unitCode: '9999', roleId: 'parmas', value: { status: 'hadir' } }] })).code,
    ).toBe('invalid_input');
  });

  it('a role the roster drops after the fact: seeded through the store, refused for new meetings', async () => {
    const deps = makeDeps();
    const roster = defaultRoster();
    seedRoster(deps, { ...roster, roles: [...roster.roles, { id: 'hukum', label: 'Divisi Hukum', short: 'Hukum', keywords: [] }] });
    const m = await call(deps, 'meetings/create', { ...SETUP, rolesInvited: ['hukum'] });
    expect(m.rolesInvited).toEqual(['hukum']);
    seedRoster(deps, roster);
    expect((await callError(deps, 'meetings/create', { ...SETUP, rolesInvited: ['hukum'] })).details).toContain('Peran "hukum" tidak ada di Roster.');
  });
});

describe('intents', () => {
  it('store the change with a new revision; one that changes nothing writes nothing', async () => {
    const deps = makeDeps();
    const m = await meetingWithAttendance(deps);
    expect(m.revision).toBe(1);
    const before = snapshot(deps.store.dir);
    const same = await call(deps, 'attendance/set-cells', { id: m.id, cells: [{ unitCode: '3504', roleId: 'parmas', value: { status: 'hadir' } }] });
    expect(same.revision).toBe(1);
    expect(snapshot(deps.store.dir)).toEqual(before);
    const batch = await call(deps, 'meetings/apply-intents', {
      id: m.id,
      baseRevision: 1,
      intents: [
        {
          method: 'speakers/add',
          input: {
            speaker: {
              id: 's1',
              name: 'Rochani',
              jabatan: '',
              institution: 'provinsi',
              segment: 'pengarahan',
              points: [''],
              startedAt: '',
              endedAt: '',
              unitCode: '',
            },
          },
        },
        { method: 'speakers/set-points', input: { speakerId: 's1', points: ['Kerja sama', 'Jadwal'] } },
        { method: 'minutes/update', input: { patch: { conclusions: ['Disepakati'] } } },
      ],
    });
    expect([batch.revision, itemAt(batch.speakers, 0).points, batch.minutes.conclusions]).toEqual([2, ['Kerja sama', 'Jadwal'], ['Disepakati']]);
  });

  it('normalise a link pasted without its scheme the same way everywhere', async () => {
    const deps = makeDeps();
    const m = await call(deps, 'meetings/create', { ...SETUP, joinUrl: '  zoom.us/j/84512345678?pwd=abc ' });
    expect(m.joinUrl).toBe('https://zoom.us/j/84512345678?pwd=abc');
  });

  it('two windows sending at once never interleave: every change lands, revisions count them', async () => {
    const deps = makeDeps();
    const m = await call(deps, 'meetings/load-demo', {});
    const units = m.unitsInvited.filter((c) => !m.attendance[c]).slice(0, 30);
    const windowA = units.map((unitCode) =>
      call(deps, 'attendance/set-cells', { id: m.id, cells: [{ unitCode, roleId: 'parmas', value: { status: 'hadir' } }] }),
    );
    const windowB = units.map((unitCode) => call(deps, 'attendance/set-note', { id: m.id, unitCode, note: `catatan ${unitCode}` }));
    const results = await Promise.all([...windowA, ...windowB]);
    const stored = await call(deps, 'meetings/get', { id: m.id });
    expect(stored.revision).toBe(60);
    expect(new Set(results.map((r) => r.revision)).size).toBe(60);
    for (const code of units) {
      expect(valueAt(valueAt(stored.attendance, code).cells, 'parmas').status).toBe('hadir');
      expect(valueAt(stored.attendance, code).note).toBe(`catatan ${code}`);
    }
  });
});

describe('forged requests through the real browser host', () => {
  let host: HostProcess;
  let dir: string;
  let demo: Meeting;
  beforeAll(async () => {
    dir = tempDir();
    host = await startHostProcess(dir);
    demo = (await host.call('meetings/load-demo', {})).value as Meeting;
  });
  afterAll(async () => {
    await host?.stop();
  });

  it('are refused over HTTP and the data folder is unchanged', async () => {
    const before = snapshot(dir);
    const cell = { status: 'hadir', name: '', joinTime: '', durationMinutes: null, source: 'manual', importKey: '' };
    const forged: Array<[string, unknown, string]> = [
      ['meetings/save', { meeting: { ...demo, title: 'Ditimpa' } }, 'unknown_method'],
      ['roster/save', { ...defaultRoster(), roles: [] }, 'unknown_method'],
      ['meetings/update-setup', { id: demo.id, setup: { ...setupOf(demo), startTime: '13:00', endTime: '09:00' } }, 'invalid_input'],
      ['meetings/update-setup', { id: demo.id, setup: { ...setupOf(demo), unitsInvited: [] } }, 'invalid_input'],
      ['meetings/update-setup', { id: demo.id, setup: { ...setupOf(demo), rolesInvited: ['hantu'] } }, 'invalid_input'],
      ['meetings/create', { ...SETUP, unitsInvited: ['9999'], unitsInvitedMode: 'picked' }, 'invalid_input'],
      ['attendance/set-cells', { id: demo.id, cells: [{ unitCode: '9999', roleId: 'parmas', value: { status: 'hadir' } }] }, 'invalid_input'],
      [
        'meetings/import-copy',
        { text: JSON.stringify({ schemaVersion: 1, meeting: { ...demo, attendance: { '9999': { note: '', cells: { parmas: cell } } } } }) },
        'bad_copy',
      ],
    ];
    for (const [method, input, code] of forged) {
      const res = await host.call(method, input);
      expect(res.ok, method).toBe(false);
      expect(res.error?.code, method).toBe(code);
    }
    expect(snapshot(dir)).toEqual(before);

    // A final record, through the host: refused too.
    await host.call('minutes/finalize', { id: demo.id });
    const final = snapshot(dir);
    const res = await host.call('attendance/set-note', { id: demo.id, unitCode: '3504', note: 'diam-diam' });
    expect(res.error?.code).toBe('locked');
    expect(snapshot(dir)).toEqual(final);
  });
});
