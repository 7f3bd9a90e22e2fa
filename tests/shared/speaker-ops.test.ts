// The list operations behind the speakers screen: order, points typed as a quick list,
// the start/stop timing and the suggestions for a speaker's name.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  PROVINCE,
  addSpeaker,
  applySuggestion,
  blankSpeaker,
  currentSpeaker,
  findSuggestion,
  formatDuration,
  mergePointIntoPrevious,
  moveItem,
  moveSpeaker,
  nextSegment,
  pasteIntoPoint,
  removeSpeaker,
  speakerSuggestions,
  speakersOfMeetings,
  speakingSeconds,
  splitPoint,
  startSpeaking,
  stopSpeaking,
  withInstitution,
} from '../../shared/domain/speaker-ops';
import { defaultRoster } from '../../shared/domain/roster';
import type { Speaker } from '../../shared/domain/meeting';
import { itemAt } from '../helpers/indexed';

const sp = (id: string, name = id, init: Partial<Speaker> = {}) => blankSpeaker(id, { name, ...init });

describe('speaker order', () => {
  it('adds after a given speaker, moves up and down within bounds, removes by id', () => {
    let list = [sp('a'), sp('b')];
    list = addSpeaker(list, sp('c'));
    list = addSpeaker(list, sp('x'), 0);
    expect(list.map((s) => s.id)).toEqual(['a', 'x', 'b', 'c']);
    list = moveSpeaker(list, 'c', -1);
    expect(list.map((s) => s.id)).toEqual(['a', 'x', 'c', 'b']);
    expect(moveSpeaker(list, 'a', -1).map((s) => s.id)).toEqual(['a', 'x', 'c', 'b']);
    expect(moveSpeaker(list, 'b', +1).map((s) => s.id)).toEqual(['a', 'x', 'c', 'b']);
    expect(removeSpeaker(list, 'x').map((s) => s.id)).toEqual(['a', 'c', 'b']);
  });

  it('moving keeps every item exactly once', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 20 }), fc.nat(25), fc.nat(25), (xs, from, to) => {
        const out = moveItem(xs, from, to);
        expect([...out].sort()).toEqual([...xs].sort());
        if (from < xs.length && to < xs.length) expect(out[to]).toBe(xs[from]);
      }),
    );
  });

  it('guesses the next segment from the last speaker', () => {
    expect(nextSegment([])).toBe('pembukaan');
    expect(nextSegment([sp('a', 'A', { segment: 'pembukaan' })])).toBe('pengarahan');
    expect(nextSegment([sp('a', 'A', { segment: 'tanya_jawab' })])).toBe('tanya_jawab');
    expect(nextSegment([sp('a', 'A', { segment: 'penutup' })])).toBe('lainnya');
  });

  it('links a speaker from a unit to that unit and unlinks a provincial one', () => {
    const q = withInstitution(sp('q', 'Hendra', { segment: 'tanya_jawab' }), '3504');
    expect([q.institution, q.unitCode]).toEqual(['3504', '3504']);
    const back = withInstitution(q, PROVINCE);
    expect([back.institution, back.unitCode]).toEqual([PROVINCE, '']);
    expect(withInstitution(q, '').institution).toBe(PROVINCE);
  });
});

describe('points typed as a quick list', () => {
  it('Enter splits the point at the caret, Backspace at the start joins it back', () => {
    const split = splitPoint(['Evaluasi berita website', 'Akun TikTok'], 0, 'Evaluasi berita'.length);
    expect(split).toEqual(['Evaluasi berita', 'website', 'Akun TikTok']);
    expect(mergePointIntoPrevious(split, 1)).toEqual({ points: ['Evaluasi berita website', 'Akun TikTok'], caret: 'Evaluasi berita'.length + 1 });
    expect(splitPoint(['Satu'], 0, 4)).toEqual(['Satu', '']);
    expect(mergePointIntoPrevious(['Satu', ''], 1)).toEqual({ points: ['Satu'], caret: 4 });
    expect(mergePointIntoPrevious(['Satu'], 0)).toBeNull();
  });

  it('split then merge gives back the text for any caret position', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { minLength: 1, maxLength: 5 }), fc.nat(4), fc.nat(40), (points, i, caret) => {
        const idx = i % points.length;
        const clean = points.map((p) => p.replace(/\s+/g, 'x'));
        const merged = mergePointIntoPrevious(splitPoint(clean, idx, caret), idx + 1)!;
        expect(merged.points.map((p) => p.replace(/ /g, ''))).toEqual(clean);
      }),
    );
  });

  it('pasting several lines makes several points without their list marks', () => {
    const r = pasteIntoPoint(['Awal: '], 0, 6, 6, '1. Evaluasi berita website\r\n2. Evaluasi akun TikTok\n\n- Ketentuan surat 311\n');
    expect(r.points).toEqual(['Awal: Evaluasi berita website', 'Evaluasi akun TikTok', 'Ketentuan surat 311']);
    expect(r.focus).toBe(2);
    const one = pasteIntoPoint(['ab'], 0, 1, 1, 'XYZ');
    expect(one).toEqual({ points: ['aXYZb'], focus: 0, caret: 4 });
  });
});

describe('timing who speaks', () => {
  it('starting one speaker stops the one who was speaking, and the running time counts from the start', () => {
    let list = [sp('a'), sp('b')];
    list = startSpeaking(list, 'a', '2022-05-25T02:05:00.000Z');
    expect(currentSpeaker(list)?.id).toBe('a');
    expect(speakingSeconds(itemAt(list, 0), Date.parse('2022-05-25T02:09:05.000Z'))).toBe(245);
    list = startSpeaking(list, 'b', '2022-05-25T02:17:30.000Z');
    expect(itemAt(list, 0).endedAt).toBe('2022-05-25T02:17:30.000Z');
    expect(currentSpeaker(list)?.id).toBe('b');
    expect(speakingSeconds(itemAt(list, 0), Date.parse('2030-01-01T00:00:00Z'))).toBe(750);
    list = stopSpeaking(list, 'b', '2022-05-25T02:20:00.000Z');
    expect(currentSpeaker(list)).toBeUndefined();
    expect(speakingSeconds(sp('c'), 0)).toBeNull();
  });

  it('formats durations as m:ss and h:mm:ss', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(245)).toBe('4:05');
    expect(formatDuration(3729)).toBe('1:02:09');
  });
});

describe('suggestions for the name field', () => {
  it('offers this meeting first, then earlier meetings, the chair and the roster, once per name', () => {
    const roster = defaultRoster();
    roster.people = [
      { id: 'p1', unitCode: '3504', roleId: 'parmas', name: 'Hendra Wicaksono', jabatan: '', email: '', phone: '', notes: '' },
      { id: 'p2', unitCode: '3504', roleId: 'tekmas', name: 'rochani', jabatan: 'Kasubag', email: '', phone: '', notes: '' },
    ];
    const earlier = speakersOfMeetings([
      { date: '2022-01-10', startTime: '09:00', speakers: [sp('o1', 'Gogot Cahyo Baskoro', { jabatan: 'Anggota KPU Provinsi Jawa Timur' })] },
      { date: '2022-04-10', startTime: '09:00', speakers: [sp('o2', 'Gogot  Cahyo Baskoro', { jabatan: 'Komisioner Divisi Sosdiklih Parmas' })] },
    ]);
    expect(earlier).toHaveLength(1);
    expect(itemAt(earlier, 0).jabatan).toBe('Komisioner Divisi Sosdiklih Parmas');
    const list = speakerSuggestions({
      speakers: [sp('s1', 'Rochani', { jabatan: 'Ketua Divisi SDM dan Litbang' }), sp('s2', '')],
      earlier,
      chair: { name: 'Insan Qoriawan', jabatan: 'Plh. Ketua KPU Provinsi Jawa Timur' },
      roster,
    });
    expect(list.map((k) => [k.name, k.source])).toEqual([
      ['Rochani', 'meeting'],
      ['Gogot Cahyo Baskoro', 'earlier'],
      ['Insan Qoriawan', 'chair'],
      ['Hendra Wicaksono', 'roster'],
    ]);
    const hendra = findSuggestion(list, ' hendra wicaksono ')!;
    expect(hendra.jabatan).toBe('Anggota/Komisioner Divisi Sosdiklih Parmas');
    const filled = applySuggestion(sp('s3', 'hen'), hendra);
    expect([filled.name, filled.institution, filled.unitCode]).toEqual(['Hendra Wicaksono', '3504', '3504']);
  });
});
