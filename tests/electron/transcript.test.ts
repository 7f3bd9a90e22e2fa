// The transcript import through the handlers, on a real data folder: the preview writes
// nothing, the recording's start comes from each of its sources, a roster holder names a
// unit's question, accepted turns are stored by the intent (and refused on final minutes),
// and bad input gets a message in Indonesian with the stored meeting unchanged.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, callError, makeDeps, seedRoster } from './helpers';
import { defaultRoster } from '../../shared/domain/roster';
import type { SpeakerProposal } from '../../shared/import/transcript-speakers';

const FIX = path.resolve('tests/fixtures');
const b64 = (file: string) => fs.readFileSync(path.join(FIX, file)).toString('base64');
const ZOOM = b64('transcripts/rakor-zoom.vtt');

async function setUp() {
  const deps = makeDeps();
  const demo = await call(deps, 'meetings/load-demo', {});
  const m = await call(deps, 'meetings/duplicate', { id: demo.id, date: '2022-06-01' });
  return { deps, id: m.id };
}

function asSpeakers(proposals: SpeakerProposal[]) {
  return proposals
    .filter((p) => p.proposed)
    .map((p, i) => ({
      id: `imp${i}`,
      name: p.name,
      jabatan: p.jabatan,
      institution: p.institution,
      segment: p.segment,
      points: p.points,
      startedAt: p.startedAt,
      endedAt: p.endedAt,
      unitCode: '',
      sourceKey: p.key,
    }));
}

describe('speakers/transcript-preview', () => {
  it('takes the recording start from the actual start, the plan, a Zoom report or a typed time', async () => {
    const { deps, id } = await setUp();
    const first = async (start: unknown) => {
      const p = await call(deps, 'speakers/transcript-preview', { id, fileName: 'rakor-zoom.vtt', base64: ZOOM, start } as never);
      return { label: p.recordingStartLabel, at: p.proposals.find((x) => x.proposed)!.startedAt };
    };
    expect(await first({ source: 'planned' })).toEqual({ label: '09.00.00 WIB, jam mulai rapat di undangan', at: '2022-06-01T02:00:15.000Z' });
    expect(await first({ source: 'typed', time: '09.02.30' })).toEqual({ label: '09.02.30 WIB, jam yang diketik', at: '2022-06-01T02:02:45.000Z' });
    expect(await first({ source: 'report', base64: b64('attendance/zoom-participants-with-meeting.csv') })).toEqual({
      label: '08.30.00 WIB, blok rapat laporan Zoom',
      at: '2022-06-01T01:30:15.000Z',
    });
    await call(deps, 'minutes/update', { id, patch: { actualStart: '09:10' } });
    expect(await first({ source: 'actual' })).toEqual({ label: '09.10.00 WIB, jam rapat dibuka (tab Notulen)', at: '2022-06-01T02:10:15.000Z' });
  });

  it('names a question by the roster holder of that unit and role', async () => {
    const { deps, id } = await setUp();
    const roster = defaultRoster();
    roster.people.push({
      id: 'p1',
      unitCode: '3579',
      roleId: 'tekmas',
      name: 'Budi Hartono, S.Sos.',
      jabatan: 'Kasubag TP2H KPU Kota Batu',
      email: '',
      phone: '',
      notes: '',
    });
    seedRoster(deps, roster);
    const p = await call(deps, 'speakers/transcript-preview', { id, fileName: 'z.vtt', base64: ZOOM, start: { source: 'planned' } });
    const batu = p.proposals.find((x) => x.institution === '3579')!;
    expect(batu).toMatchObject({ name: 'Budi Hartono, S.Sos.', jabatan: 'Kasubag TP2H KPU Kota Batu', segment: 'tanya_jawab', proposed: true });
  });

  it('refuses bad input in Indonesian and writes nothing', async () => {
    const { deps, id } = await setUp();
    const before = JSON.stringify(await call(deps, 'meetings/get', { id }));
    const cases: Array<[unknown, RegExp]> = [
      [{ base64: ZOOM, start: { source: 'typed', time: '25.70' } }, /Jam mulai rekaman tidak valid/],
      [{ base64: ZOOM, start: { source: 'actual' } }, /Jam rapat dibuka belum diisi/],
      [{ base64: ZOOM, start: { source: 'report', base64: b64('attendance/zoom-participants.csv') } }, /tidak memuat blok rapat/],
      [{ base64: Buffer.from('1\n00:00:01,000 --> 00:00:02,000\nhalo\n').toString('base64'), start: { source: 'planned' } }, /SubRip/],
      [{ base64: '%%%', start: { source: 'planned' } }, /tidak dapat dibaca/],
    ];
    for (const [input, message] of cases) {
      const err = await callError(deps, 'speakers/transcript-preview', { id, fileName: 'x.vtt', ...(input as object) });
      expect(`${err.message} ${(err.details ?? []).join(' ')}`).toMatch(message);
    }
    expect(JSON.stringify(await call(deps, 'meetings/get', { id }))).toBe(before);
  });
});

describe('speakers/import-transcript', () => {
  it('stores the accepted turns in time order once, and a second preview proposes nothing', async () => {
    const { deps, id } = await setUp();
    const p = await call(deps, 'speakers/transcript-preview', { id, fileName: 'z.vtt', base64: ZOOM, start: { source: 'planned' } });
    const skipped = p.proposals.filter((x) => !x.proposed).map((x) => x.key);
    const saved = await call(deps, 'speakers/import-transcript', { id, speakers: asSpeakers(p.proposals), skipped });
    expect(saved.speakers).toHaveLength(8);
    expect(saved.speakers.map((s) => s.startedAt)).toEqual([...saved.speakers.map((s) => s.startedAt)].sort());
    const again = await call(deps, 'speakers/import-transcript', { id, speakers: asSpeakers(p.proposals), skipped });
    expect(again.speakers).toHaveLength(8);
    const second = await call(deps, 'speakers/transcript-preview', { id, fileName: 'z.vtt', base64: ZOOM, start: { source: 'planned' } });
    expect(second.proposals.filter((x) => x.state === 'new' || x.state === 'typed')).toEqual([]);
  });

  it('is refused on final minutes, and a speaker with a broken time is refused by the schema', async () => {
    const { deps, id } = await setUp();
    const p = await call(deps, 'speakers/transcript-preview', { id, fileName: 'z.vtt', base64: ZOOM, start: { source: 'planned' } });
    const speakers = asSpeakers(p.proposals);
    const broken = await callError(deps, 'speakers/import-transcript', { id, speakers: [{ ...speakers[0], sourceKey: '' }], skipped: [] });
    expect(broken.code).toBe('invalid_input');
    await call(deps, 'minutes/finalize', { id });
    const locked = await callError(deps, 'speakers/import-transcript', { id, speakers, skipped: [] });
    expect(locked.message).toBe('Notulen sudah final dan terkunci. Buka kunci dahulu untuk mengubahnya.');
    expect((await call(deps, 'meetings/get', { id })).speakers).toEqual([]);
  });
});
