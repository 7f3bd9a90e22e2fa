// The per-unit report table's pure functions: typed numbers, edits of answers and items, the
// rules, the summary per item, the history of one unit across meetings, and the schema step.
import { describe, expect, it } from 'vitest';
import { defaultMeetingSetup, MeetingSchema, newMeeting, type Meeting } from '../../shared/domain/meeting';
import { migrate } from '../../shared/domain/migrations';
import { seriesKey } from '../../shared/domain/follow-ups';
import { applyMeetingIntent } from '../../shared/domain/meeting-intents';
import { checkMeetingRules } from '../../shared/domain/meeting-rules';
import { JATIM_UNITS } from '../../shared/domain/units';
import { DEFAULT_ROLES } from '../../shared/domain/roles';
import { fieldsOfIntent, fieldValue, intentToSetField } from '../../shared/domain/meeting-fields';
import {
  inverseAnswers,
  median,
  parseReportNumber,
  putItem,
  removeItem,
  moveItem,
  setAnswers,
  summarizeReport,
  summaryText,
  unitReportHistory,
  type ReportItem,
  type ReportSource,
} from '../../shared/domain/unit-reports';
import { firstItems } from '../helpers/indexed';

const roster = { units: [...JATIM_UNITS], roles: [...DEFAULT_ROLES] };
const progres: ReportItem = {
  id: 'pks',
  name: 'Progres naskah kerja sama',
  type: 'pilihan',
  options: ['belum', 'draf', 'ditandatangani'],
  min: null,
  max: null,
};
const tiktok: ReportItem = { id: 'tt', name: 'Jumlah unggahan TikTok bulan ini', type: 'angka', options: [], min: 0, max: null };
const kendala: ReportItem = { id: 'kd', name: 'Kendala', type: 'teks', options: [], min: null, max: null };

function meeting(): Meeting {
  const m = newMeeting({ ...defaultMeetingSetup('2022-05-25'), title: 'Rakor' }, 'm1', '2022-05-20T00:00:00.000Z');
  return [progres, tiktok, kendala].reduce((x, item) => putItem(x, item), m);
}

describe('numbers typed the Indonesian way', () => {
  it('reads thousands dots and a decimal comma, and refuses what is no number', () => {
    expect(parseReportNumber('1.250')).toBe(1250);
    expect(parseReportNumber(' 1250 ')).toBe(1250);
    expect(parseReportNumber('12,5')).toBe(12.5);
    expect(parseReportNumber('-3')).toBe(-3);
    expect(parseReportNumber('12.5')).toBeNull();
    expect(parseReportNumber('dua')).toBeNull();
    expect(parseReportNumber('')).toBeNull();
  });
});

describe('answers', () => {
  it('are set, trimmed, cleared, and the inverse puts them back', () => {
    const m = meeting();
    const changes = [
      { unitCode: '3504', itemId: 'pks', value: 'draf' },
      { unitCode: '3504', itemId: 'kd', value: '  sinyal lemah ' },
    ];
    const undo = inverseAnswers(m, changes);
    const a = setAnswers(m, changes);
    expect(a.reportAnswers).toEqual({ '3504': { pks: 'draf', kd: 'sinyal lemah' } });
    expect(setAnswers(a, [{ unitCode: '3504', itemId: 'pks', value: 'draf' }])).toBe(a);
    const b = setAnswers(a, [{ unitCode: '3504', itemId: 'kd', value: '' }]);
    expect(b.reportAnswers).toEqual({ '3504': { pks: 'draf' } });
    expect(setAnswers(a, undo).reportAnswers).toEqual({});
  });

  it('that break a rule are refused with a message that names the unit and the item', () => {
    const bad = (unitCode: string, itemId: string, value: string | number) => checkMeetingRules(setAnswers(meeting(), [{ unitCode, itemId, value }]), roster);
    expect(bad('3504', 'pks', 'selesai')).toEqual(['Isian Kab. Tulungagung untuk "Progres naskah kerja sama" ("selesai") bukan salah satu pilihannya.']);
    expect(bad('3504', 'tt', -2)).toEqual(['Isian Kab. Tulungagung untuk "Jumlah unggahan TikTok bulan ini" tidak boleh kurang dari 0.']);
    expect(bad('3504', 'tt', 'dua')).toEqual(['Isian Kab. Tulungagung untuk "Jumlah unggahan TikTok bulan ini" harus berupa angka.']);
    expect(bad('3504', 'nope', 'x')).toEqual(['Isian Kab. Tulungagung menyebut butir laporan yang tidak ada (nope).']);
    const notInvited = {
      ...setAnswers(meeting(), [{ unitCode: '3579', itemId: 'pks', value: 'draf' }]),
      unitsInvited: ['3504'],
      unitsInvitedMode: 'picked' as const,
    };
    expect(checkMeetingRules(notInvited, roster)).toEqual(['Kota Batu tidak diundang ke rapat ini, jadi isiannya tidak dapat dicatat.']);
    expect(bad('3504', 'tt', 12)).toEqual([]);
  });
});

describe('items', () => {
  it('need a name, distinct names and two options for a choice', () => {
    const m = newMeeting({ ...defaultMeetingSetup('2022-05-25'), title: 'Rakor' }, 'm1', '2022-05-20T00:00:00.000Z');
    expect(checkMeetingRules(putItem(m, { ...kendala, name: ' ' }), roster)).toEqual(['Butir laporan 1 belum diberi nama.']);
    expect(checkMeetingRules(putItem(m, { ...progres, options: ['ya'] }), roster)).toEqual([
      'Butir "Progres naskah kerja sama" berjenis pilihan: isi minimal dua pilihan.',
    ]);
    expect(checkMeetingRules(putItem(putItem(m, progres), { ...kendala, name: 'progres  NASKAH kerja sama' }), roster)).toEqual([
      'Butir laporan "progres NASKAH kerja sama" tercatat dua kali; beri nama yang berbeda.',
    ]);
  });

  it('may not change so that answers already given no longer fit: refused, nothing changes', () => {
    const m = setAnswers(meeting(), [
      { unitCode: '3504', itemId: 'pks', value: 'draf' },
      { unitCode: '3505', itemId: 'pks', value: 'draf' },
      { unitCode: '3504', itemId: 'tt', value: 40 },
    ]);
    expect(() => putItem(m, { ...progres, options: ['belum', 'ditandatangani'] })).toThrow(
      'Butir "Progres naskah kerja sama" tidak dapat diubah begitu: 2 isian unit tidak lagi sesuai (misalnya "draf"). Ubah atau kosongkan isian itu dulu, lalu ubah butirnya.',
    );
    expect(() => putItem(m, { ...tiktok, max: 30 })).toThrow(/1 isian unit tidak lagi sesuai \(misalnya "40"\)/);
    // Through the intent: the core's refusal, a clear message.
    expect(() => applyMeetingIntent(m, { method: 'unit-reports/put-item', input: { item: { ...tiktok, type: 'teks' } } })).toThrow(
      expect.objectContaining({ details: [expect.stringContaining('tidak dapat diubah begitu')] }),
    );
    // Adding an option, renaming the item or a wider bound is fine.
    const wider = putItem(m, { ...progres, name: 'Progres PKS', options: [...progres.options, 'dibatalkan'] });
    expect(wider.reportItems[0]).toMatchObject({ name: 'Progres PKS', options: ['belum', 'draf', 'ditandatangani', 'dibatalkan'] });
    expect(wider.reportAnswers).toBe(m.reportAnswers);
  });

  it('are removed with their answers and moved', () => {
    const m = setAnswers(meeting(), [
      { unitCode: '3504', itemId: 'pks', value: 'draf' },
      { unitCode: '3504', itemId: 'tt', value: 4 },
    ]);
    const r = removeItem(m, 'pks');
    expect(r.reportItems.map((i) => i.id)).toEqual(['tt', 'kd']);
    expect(r.reportAnswers).toEqual({ '3504': { tt: 4 } });
    expect(moveItem(m, 'kd', -1).reportItems.map((i) => i.id)).toEqual(['pks', 'kd', 'tt']);
  });
});

describe('summary per item', () => {
  it('counts each choice, sums and takes the median of a number, and says how many answered', () => {
    const m = setAnswers(meeting(), [
      { unitCode: '3501', itemId: 'pks', value: 'belum' },
      { unitCode: '3502', itemId: 'pks', value: 'draf' },
      { unitCode: '3503', itemId: 'pks', value: 'draf' },
      { unitCode: '3501', itemId: 'tt', value: 1000 },
      { unitCode: '3502', itemId: 'tt', value: 3 },
      { unitCode: '3503', itemId: 'tt', value: 5 },
      { unitCode: '3504', itemId: 'tt', value: 8 },
      { unitCode: '3504', itemId: 'kd', value: 'Sinyal' },
    ]);
    const [p, n, k] = firstItems(summarizeReport(m), 3);
    expect(p.counts).toEqual([
      { option: 'belum', count: 1 },
      { option: 'draf', count: 2 },
      { option: 'ditandatangani', count: 0 },
    ]);
    expect(p.answered).toBe(3);
    expect(p.invited).toBe(38);
    expect(n).toMatchObject({ sum: 1016, median: 6.5, answered: 4 });
    expect(k.answered).toBe(1);
    expect(summaryText(tiktok, n)).toBe('jumlah 1.016 · median 6,5 · terisi 4 dari 38');
    expect(summaryText(progres, p)).toBe('belum 1 · draf 2 · ditandatangani 0 · terisi 3 dari 38');
    expect(median([])).toBeNull();
  });
});

describe("a unit's answers across meetings", () => {
  const src = (
    id: string,
    date: string,
    series: string,
    items: ReportItem[],
    answers: Record<string, string | number>,
    extra: Partial<ReportSource> = {},
  ): ReportSource => ({
    id,
    title: `Rakor ${date}`,
    date,
    series,
    unitsInvited: ['3504', '3505'],
    status: 'aktif',
    reportItems: items,
    reportAnswers: { '3504': answers },
    ...extra,
  });

  it('per series, oldest first, with what changed; outside a series by item name', () => {
    const groups = unitReportHistory(
      [
        src('b', '2026-02-01', 'Rakor Parmas', [progres, tiktok], { pks: 'draf', tt: 10 }),
        src('a', '2026-01-01', 'rakor  parmas', [progres], { pks: 'belum' }),
        src('c', '2026-03-01', 'Rakor Parmas', [{ ...progres, id: 'other-id' }, tiktok], { 'other-id': 'draf', tt: 12 }),
        src('x', '2026-01-10', '', [{ ...kendala, name: 'Kendala' }], { kd: 'Sinyal' }),
        src('y', '2026-02-10', '', [{ ...kendala, id: 'k2', name: 'kendala ' }, tiktok], { k2: 'Anggaran' }),
        src('z', '2026-02-11', '', [progres], { pks: 'draf' }, { status: 'batal' }),
        src('w', '2026-02-12', '', [progres], { pks: 'draf' }, { unitsInvited: ['3505'] }),
      ],
      '3504',
      seriesKey,
    );
    expect(groups.map((g) => g.series)).toEqual(['Rakor Parmas', '']);
    const [series, loose] = firstItems(groups, 2);
    expect(series.meetings.map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(series.rows).toEqual([
      { name: 'Progres naskah kerja sama', type: 'pilihan', values: ['belum', 'draf', 'draf'], changed: [false, true, false] },
      { name: 'Jumlah unggahan TikTok bulan ini', type: 'angka', values: [null, '10', '12'], changed: [false, false, true] },
    ]);
    // Outside a series only an item asked twice or more counts.
    expect(loose.meetings.map((m) => m.id)).toEqual(['x', 'y']);
    expect(loose.rows).toEqual([{ name: 'kendala', type: 'teks', values: ['Sinyal', 'Anggaran'], changed: [false, true] }]);
  });
});

describe('schema 3', () => {
  it('a meeting of schema 2 gets an empty report table; a file of schema 3 is left alone', () => {
    const m = meeting();
    const { reportItems: _i, reportAnswers: _a, ...old } = m;
    const up = migrate('meeting', { schemaVersion: 2, meeting: old });
    expect(up.changed).toBe(true);
    expect(up.envelope.schemaVersion).toBe(3);
    const parsed = MeetingSchema.parse(up.envelope.meeting);
    expect(parsed.reportItems).toEqual([]);
    expect(parsed.reportAnswers).toEqual({});
    const current = { schemaVersion: 3, meeting: m };
    expect(migrate('meeting', current)).toEqual({ envelope: current, changed: false });
  });
});

describe('two windows', () => {
  it('text answers are fields another window may replace, and can be put back', () => {
    const m = setAnswers(meeting(), [{ unitCode: '3504', itemId: 'kd', value: 'Sinyal' }]);
    const intent = { method: 'unit-reports/set-answers' as const, input: { answers: [{ unitCode: '3504', itemId: 'kd', value: 'Sinyal lemah' }] } };
    expect(fieldsOfIntent(intent)).toEqual([{ key: 'answer:3504:kd', value: 'Sinyal lemah' }]);
    expect(fieldValue(m, 'answer:3504:kd')).toBe('Sinyal');
    expect(fieldValue(m, 'answer:3504:tt')).toBeUndefined();
    expect(intentToSetField(m, 'answer:3504:kd', 'Sinyal lemah')).toEqual(intent);
  });
});
