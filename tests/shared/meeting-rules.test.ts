// The rules of a meeting and the intents that change one: the same functions run in the form,
// in the renderer's preview and in the handlers.
import { describe, expect, it } from 'vitest';
import { defaultMeetingSetup, newMeeting } from '../../shared/domain/meeting';
import { defaultRoster } from '../../shared/domain/roster';
import { demoMeeting } from '../../shared/domain/demo';
import { defaultSettings } from '../../shared/domain/settings';
import { checkMeetingRules, newProblems, normalizeSetup, problemsByField, setupProblems } from '../../shared/domain/meeting-rules';
import { applyMeetingIntent, coalesceIntents, speakerChangeIntents } from '../../shared/domain/meeting-intents';
import { blankSpeaker } from '../../shared/domain/speaker-ops';
import { AppError } from '../../shared/errors';
import { itemAt, valueAt } from '../helpers/indexed';

const roster = defaultRoster();
const setup = { ...defaultMeetingSetup('2022-05-25'), title: 'Rakor' };

describe('setupProblems', () => {
  it('names each broken rule with its field, in Indonesian', () => {
    const bad = { ...setup, title: ' ', startTime: '10:00', endTime: '09:30', unitsInvited: [], rolesInvited: [], joinUrl: 'file:///c:/rapat' };
    expect(problemsByField(setupProblems(bad, roster))).toEqual({
      title: 'Nama rapat wajib diisi.',
      endTime: 'Waktu selesai harus setelah waktu mulai.',
      joinUrl: 'Tautan harus berupa alamat web (https:// atau http://), misalnya https://zoom.us/j/123.',
      unitsInvited: 'Pilih minimal satu unit yang diundang.',
      rolesInvited: 'Pilih minimal satu peran yang diundang.',
    });
    expect(setupProblems(setup, roster)).toEqual([]);
  });

  it('accepts a link without its scheme and stores it normalised', () => {
    const s = normalizeSetup({ ...setup, joinUrl: 'zoom.us/j/845', agenda: [' Pembukaan ', ''], title: '  Rakor  ' });
    expect([s.joinUrl, s.agenda, s.title]).toEqual(['https://zoom.us/j/845', ['Pembukaan'], 'Rakor']);
    expect(setupProblems(s, roster)).toEqual([]);
  });
});

describe('checkMeetingRules (for whole records: a saved copy, an archive)', () => {
  it('passes the demo meeting and names what a forged record breaks', () => {
    const demo = demoMeeting('m1', '2026-11-28T02:00:00.000Z', defaultSettings());
    expect(checkMeetingRules(demo, roster)).toEqual([]);
    const cell = { status: 'hadir' as const, name: '', joinTime: '', durationMinutes: null, source: 'manual' as const, importKey: '', personId: '' };
    const forged = {
      ...demo,
      unitsInvited: ['3504', '9999'],
      rolesInvited: ['parmas'],
      attendance: { '3501': { note: '', cells: { parmas: cell } }, '3504': { note: '', cells: { medsos: cell } } },
    };
    expect(checkMeetingRules(forged, roster)).toEqual([
      'Unit dengan kode 9999 tidak ada di Roster.',
      'Kab. Pacitan tidak diundang ke rapat ini, jadi kehadirannya tidak dapat dicatat.',
      'Peran "Operator Medsos" tidak diundang ke rapat ini (Kab. Tulungagung), jadi kehadirannya tidak dapat dicatat.',
    ]);
  });

  it('newProblems lets an old record be edited but not made worse', () => {
    const old = { ...newMeeting(setup, 'm1', '2022-05-01T00:00:00.000Z'), startTime: '10:00', endTime: '09:00' };
    expect(newProblems(old, { ...old, location: 'Aula' }, roster)).toEqual([]);
    expect(newProblems(old, { ...old, rolesInvited: [] }, roster).map((p) => p.field)).toEqual(['rolesInvited']);
  });
});

describe('applyMeetingIntent', () => {
  const m = newMeeting(setup, 'm1', '2022-05-01T00:00:00.000Z');

  it('applies a batch of cells and returns the same object when nothing changes', () => {
    const next = applyMeetingIntent(m, {
      method: 'attendance/set-cells',
      input: {
        cells: [
          { unitCode: '3504', roleId: 'parmas', value: { status: 'hadir' } },
          { unitCode: '3504', roleId: 'tekmas', value: { status: 'izin' } },
        ],
      },
    });
    expect(Object.keys(valueAt(next.attendance, '3504').cells)).toEqual(['parmas', 'tekmas']);
    expect(
      applyMeetingIntent(next, { method: 'attendance/set-cells', input: { cells: [{ unitCode: '3504', roleId: 'parmas', value: { status: 'hadir' } }] } }),
    ).toBe(next);
  });

  it('refuses every change of a final record and a speaker that is not there', () => {
    const final = { ...m, minutes: { ...m.minutes, status: 'final' as const } };
    expect(() => applyMeetingIntent(final, { method: 'minutes/update', input: { patch: { conclusions: ['x'] } } })).toThrow(AppError);
    expect(() => applyMeetingIntent(m, { method: 'speakers/set-points', input: { speakerId: 'hilang', points: ['x'] } })).toThrow(
      'Pembicara ini sudah tidak ada',
    );
  });

  it('speaker timing records the instant it carries', () => {
    const withSpeaker = applyMeetingIntent(m, { method: 'speakers/add', input: { speaker: blankSpeaker('s1') } });
    const started = applyMeetingIntent(withSpeaker, {
      method: 'speakers/timing',
      input: { speakerId: 's1', action: 'start', at: '2022-05-25T09:02:00+07:00' },
    });
    expect(itemAt(started.speakers, 0).startedAt).toBe('2022-05-25T02:02:00.000Z');
  });
});

describe('intents from a card edit, and merging typing', () => {
  it('a card edit becomes an update of the fields that changed and the points', () => {
    const s = blankSpeaker('s1', { name: 'Roch' });
    expect(speakerChangeIntents(s, { ...s, name: 'Rochani', points: ['Kerja sama'] })).toEqual([
      { method: 'speakers/update', input: { speakerId: 's1', patch: { name: 'Rochani' } } },
      // The points it was made on travel with it, so a point typed meanwhile in another tab is kept.
      { method: 'speakers/set-points', input: { speakerId: 's1', points: ['Kerja sama'], base: s.points } },
    ]);
    expect(speakerChangeIntents(s, s)).toEqual([]);
  });

  it('merges only intents on the same field', () => {
    const a = { method: 'speakers/set-points' as const, input: { speakerId: 's1', points: ['K'] } };
    const b = { method: 'speakers/set-points' as const, input: { speakerId: 's1', points: ['Ke'] } };
    expect(coalesceIntents(a, b)).toEqual(b);
    // Merged typing keeps the list the first keystroke was made on.
    expect(coalesceIntents({ ...a, input: { ...a.input, base: [''] } }, { ...b, input: { ...b.input, base: ['K'] } })).toEqual({
      ...b,
      input: { ...b.input, base: [''] },
    });
    expect(coalesceIntents(a, { ...b, input: { ...b.input, speakerId: 's2' } })).toBeNull();
    expect(
      coalesceIntents(
        { method: 'minutes/update', input: { patch: { actualStart: '09:00' } } },
        { method: 'minutes/update', input: { patch: { conclusions: ['x'] } } },
      ),
    ).toEqual({
      method: 'minutes/update',
      input: { patch: { actualStart: '09:00', conclusions: ['x'] } },
    });
  });
});
