// The pure functions of series and follow-ups: who a follow-up names, one assignee's status,
// what is carried into the next meeting of a series, the rows of the follow-ups page, and the
// migration that brings a meeting file of schema 1 to schema 2.
import { describe, expect, it } from 'vitest';
import { defaultMeetingSetup, MeetingSchema, newMeeting, type FollowUp, type Meeting } from '../../shared/domain/meeting';
import {
  assigneeKeys,
  carriedInto,
  emptyTracker,
  followUpRows,
  isOverdue,
  openFollowUpCount,
  progressLines,
  progressOf,
  seriesKey,
  setUnitProgress,
  type Tracker,
} from '../../shared/domain/follow-ups';
import { CURRENT_VERSION, migrate } from '../../shared/domain/migrations';
import { JATIM_UNITS } from '../../shared/domain/units';
import { meetingProblems } from '../../shared/domain/meeting-rules';
import { defaultRoster } from '../../shared/domain/roster';
import { itemAt, valueAt } from '../helpers/indexed';

function meeting(id: string, date: string, series: string, followUps: FollowUp[] = []): Meeting {
  const m = newMeeting({ ...defaultMeetingSetup(date), title: `Rakor ${date}`, series }, id, '2026-01-01T00:00:00.000Z');
  return { ...m, unitsInvited: ['3501', '3504', '3579'], minutes: { ...m.minutes, followUps } };
}

function fu(id: string, assignees: string[], dueDate = '', action = `Tindak lanjut ${id}`): FollowUp {
  return { id, action, responsible: '', assignees, dueDate, status: 'belum' };
}

const AT = '2026-03-02T03:00:00.000Z';

describe('who a follow-up names', () => {
  it('resolves all invited units, keeps the province first and units by code, and tracks one naming nobody as a whole', () => {
    const m = meeting('a', '2026-03-01', 'S');
    expect(assigneeKeys(fu('1', ['semua']), m)).toEqual(['3501', '3504', '3579']);
    expect(assigneeKeys(fu('1', ['3579', 'provinsi', '3504', '3504']), m)).toEqual(['provinsi', '3504', '3579']);
    expect(assigneeKeys(fu('1', []), m)).toEqual(['']);
  });

  it('refuses, as a rule of the record, a unit that was not invited', () => {
    const m = meeting('a', '2026-03-01', 'S', [fu('1', ['3578'])]);
    expect(meetingProblems(m, defaultRoster()).map((p) => p.message)).toContain(
      'Tindak lanjut 1 ditujukan kepada Kota Surabaya, yang tidak diundang ke rapat ini.',
    );
    expect(meetingProblems({ ...m, minutes: { ...m.minutes, followUps: [fu('1', ['semua', 'provinsi', '3504'])] } }, defaultRoster())).toEqual([]);
  });
});

describe('status per unit', () => {
  const m = meeting('a', '2026-03-01', 'S', [fu('1', ['3501', '3504'])]);

  it('starts every assignee at the follow-up status and changes one of them only', () => {
    const t1 = setUnitProgress(emptyTracker(), m, { followUpId: '1', unitKey: '3504', status: 'proses', note: 'Draf disusun' }, AT, 'b');
    expect(progressOf(t1, m, itemAt(m.minutes.followUps, 0))).toEqual({
      '3501': { status: 'belum', note: '', changedAt: '', changedIn: '' },
      '3504': { status: 'proses', note: 'Draf disusun', changedAt: AT, changedIn: 'b' },
    });
    expect(openFollowUpCount(m, t1)).toBe(1);
    const t2 = setUnitProgress(t1, m, { followUpId: '1', unitKey: '3501', status: 'selesai', note: '' }, AT, '');
    const t3 = setUnitProgress(t2, m, { followUpId: '1', unitKey: '3504', status: 'selesai', note: 'Terkirim' }, AT, '');
    expect(openFollowUpCount(m, t3)).toBe(0);
  });

  it('returns the same tracker when nothing changes, and never touches its input', () => {
    const t0: Tracker = emptyTracker();
    expect(setUnitProgress(t0, m, { followUpId: '1', unitKey: '3501', status: 'belum', note: '' }, AT, '')).toBe(t0);
    setUnitProgress(t0, m, { followUpId: '1', unitKey: '3501', status: 'selesai', note: '' }, AT, '');
    expect(t0).toEqual({ entries: {} });
  });

  it('refuses a unit the follow-up does not name, a follow-up that is gone, and a meeting in the bin, in Indonesian', () => {
    expect(() => setUnitProgress(emptyTracker(), m, { followUpId: '1', unitKey: '3579', status: 'selesai', note: '' }, AT, '')).toThrow(
      'Unit ini tidak termasuk yang ditugasi tindak lanjut tersebut.',
    );
    expect(() => setUnitProgress(emptyTracker(), m, { followUpId: 'x', unitKey: '3501', status: 'selesai', note: '' }, AT, '')).toThrow(
      /sudah tidak ada di rapatnya/,
    );
    expect(() => setUnitProgress(emptyTracker(), { ...m, deletedAt: AT }, { followUpId: '1', unitKey: '3501', status: 'selesai', note: '' }, AT, '')).toThrow(
      /Sampah/,
    );
  });

  it('prints one word for one assignee, and names the units by status for several', () => {
    const t = setUnitProgress(emptyTracker(), m, { followUpId: '1', unitKey: '3504', status: 'selesai', note: 'Sudah diunggah' }, AT, '');
    const p = progressOf(t, m, itemAt(m.minutes.followUps, 0));
    expect(progressLines(p, JATIM_UNITS, { short: true, notes: true })).toEqual(['Selesai (1): Kab. Tulungagung (Sudah diunggah)', 'Belum (1): Kab. Pacitan']);
    expect(progressLines(p, JATIM_UNITS, { counts: true })).toEqual(['Selesai: 1 dari 2', 'Belum: 1 dari 2']);
    expect(progressLines({ '': { status: 'proses', note: '', changedAt: '', changedIn: '' } }, JATIM_UNITS)).toEqual(['Proses']);
  });
});

describe('carried into the next meeting of the series', () => {
  const a = meeting('a', '2026-03-01', 'Rakor Sosdiklih Parmas 2026', [fu('1', ['3501', '3504']), fu('2', ['provinsi'])]);
  const b = meeting('b', '2026-04-01', 'rakor sosdiklih  parmas 2026');
  const c = meeting('c', '2026-05-01', 'Rakor Sosdiklih Parmas 2026');
  const other = meeting('x', '2026-03-15', 'Rakor Hukum 2026', [fu('9', ['3501'])]);
  const all = [c, other, b, a];

  it('is one series whatever the case and spacing of its name', () => {
    expect(seriesKey(' Rakor  Sosdiklih Parmas 2026 ')).toBe(seriesKey('rakor sosdiklih parmas 2026'));
    expect(seriesKey('')).toBe('');
  });

  it('carries every open follow-up of earlier meetings of the same series, oldest first, and none of another series', () => {
    const carried = carriedInto(b, all, emptyTracker());
    expect(carried.map((x) => `${x.meetingId}/${x.followUp.id}`)).toEqual(['a/1', 'a/2']);
    expect(carriedInto(a, all, emptyTracker())).toEqual([]);
    expect(carriedInto({ ...b, series: '' }, all, emptyTracker())).toEqual([]);
  });

  it('keeps one closed during the meeting in that meeting, and drops it from the next', () => {
    let t = setUnitProgress(emptyTracker(), a, { followUpId: '2', unitKey: 'provinsi', status: 'selesai', note: '' }, AT, 'b');
    t = setUnitProgress(t, a, { followUpId: '1', unitKey: '3501', status: 'selesai', note: '' }, AT, 'b');
    expect(carriedInto(b, all, t).map((x) => x.followUp.id)).toEqual(['1', '2']);
    expect(carriedInto(c, all, t).map((x) => x.followUp.id)).toEqual(['1']);
    t = setUnitProgress(t, a, { followUpId: '1', unitKey: '3504', status: 'selesai', note: 'Selesai di rakor Mei' }, AT, 'c');
    expect(carriedInto(c, all, t).map((x) => [x.followUp.id, valueAt(x.progress, '3504').status])).toEqual([['1', 'selesai']]);
    const d = meeting('d', '2026-06-01', 'Rakor Sosdiklih Parmas 2026');
    expect(carriedInto(d, [...all, d], t)).toEqual([]);
  });

  it('leaves out meetings in the bin, cancelled ones and later ones', () => {
    expect(carriedInto(b, [{ ...a, deletedAt: AT }, b, c], emptyTracker())).toEqual([]);
    expect(carriedInto(b, [{ ...a, status: 'batal' }, b], emptyTracker())).toEqual([]);
    expect(carriedInto(b, [b, { ...c, minutes: { ...c.minutes, followUps: [fu('7', ['3501'])] } }], emptyTracker())).toEqual([]);
  });
});

describe('the rows of the follow-ups page', () => {
  const a = meeting('a', '2026-03-01', 'S', [fu('1', ['3504', 'provinsi'], '2026-03-20'), fu('2', ['3501'], '2026-03-10'), fu('3', [])]);
  const b = meeting('b', '2026-04-01', 'S', [fu('4', ['3504'], '2026-03-05')]);

  it('orders by unit (the province first), then due date (none last), and marks the overdue ones', () => {
    const rows = followUpRows([b, a], emptyTracker(), '2026-03-15');
    expect(rows.map((r) => `${r.unitKey}:${r.followUpId}:${r.overdue ? 'lewat' : ''}`)).toEqual([
      'provinsi:1:',
      '3501:2:lewat',
      '3504:4:lewat',
      '3504:1:',
      ':3:',
    ]);
  });

  it('leaves out what is done unless asked, and filters by meeting, series and unit', () => {
    const t = setUnitProgress(emptyTracker(), a, { followUpId: '2', unitKey: '3501', status: 'selesai', note: '' }, AT, '');
    expect(followUpRows([a, b], t, '2026-03-15').some((r) => r.followUpId === '2')).toBe(false);
    expect(followUpRows([a, b], t, '2026-03-15', { includeDone: true }).find((r) => r.followUpId === '2')?.overdue).toBe(false);
    expect(followUpRows([a, b], t, '2026-03-15', { meetingId: 'b' }).map((r) => r.followUpId)).toEqual(['4']);
    expect(followUpRows([a, b], t, '2026-03-15', { unitKey: '3504' }).map((r) => r.followUpId)).toEqual(['4', '1']);
    expect(followUpRows([a, b], t, '2026-03-15', { series: 'lain' })).toEqual([]);
  });

  it('calls a follow-up overdue only after its due day and only while not done', () => {
    expect(isOverdue('2026-03-15', 'belum', '2026-03-15')).toBe(false);
    expect(isOverdue('2026-03-14', 'proses', '2026-03-15')).toBe(true);
    expect(isOverdue('2026-03-14', 'selesai', '2026-03-15')).toBe(false);
    expect(isOverdue('', 'belum', '2026-03-15')).toBe(false);
  });
});

describe('a meeting file of schema 1', () => {
  const v1 = () => {
    const m = meeting('lama', '2024-02-01', '') as unknown as Record<string, unknown>;
    const { series: _s, ...rest } = m as { series: string } & Record<string, unknown>;
    const minutes = {
      status: 'final',
      finalizedAt: '2024-02-01T05:00:00.000Z',
      actualStart: '',
      actualEnd: '',
      conclusions: [],
      followUps: [{ id: 'f1', action: 'Kirim laporan', responsible: 'Divisi Parmas', dueDate: '2024-02-10', status: 'proses' }],
    };
    return { schemaVersion: 1, meeting: { ...rest, minutes } };
  };

  it('gets no series, follow-ups naming nobody, and final minutes that keep the status they were signed with', () => {
    const { envelope, changed } = migrate('meeting', v1());
    expect(changed).toBe(true);
    expect(envelope.schemaVersion).toBe(CURRENT_VERSION.meeting);
    const m = MeetingSchema.parse(envelope.meeting);
    expect(m.series).toBe('');
    expect(m.minutes.followUps[0]).toEqual({
      id: 'f1',
      action: 'Kirim laporan',
      responsible: 'Divisi Parmas',
      assignees: [],
      dueDate: '2024-02-10',
      status: 'proses',
    });
    expect(m.minutes.followUpsAtFinal).toEqual({ f1: { '': { status: 'proses', note: '', changedAt: '', changedIn: '' } } });
    expect(m.minutes.carriedAtFinal).toEqual([]);
    // The tracker has nothing for it: the follow-up still stands at the status it had.
    expect(progressOf(emptyTracker(), m, itemAt(m.minutes.followUps, 0))['']?.status).toBe('proses');
  });

  it('of a draft keeps no snapshot, and a file of the current schema is left alone', () => {
    const draft = v1();
    (draft.meeting.minutes as { status: string }).status = 'draft';
    expect(MeetingSchema.parse(migrate('meeting', draft).envelope.meeting).minutes.followUpsAtFinal).toEqual({});
    const current = { schemaVersion: CURRENT_VERSION.meeting, meeting: meeting('baru', '2026-01-01', 'S') };
    expect(migrate('meeting', current)).toEqual({ envelope: current, changed: false });
  });
});
