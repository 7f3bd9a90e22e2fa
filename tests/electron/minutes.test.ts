// The minutes handlers over a real data folder: the DOCX export (read back with a real ZIP
// reader), the Draft/Final lock and its unlock, the PDF of the print view, and the speakers
// of earlier meetings offered as suggestions.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { defaultMeetingSetup } from '../../shared/domain/meeting';
import { blankSpeaker } from '../../shared/domain/speaker-ops';
import { call, callError, makeDeps } from './helpers';
import { itemAt } from '../helpers/indexed';

async function docxParts(base64: string): Promise<{ body: string; headers: string }> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const text = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  const body = text(await zip.file('word/document.xml')!.async('string'));
  const headerFiles = Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n));
  const headers = (await Promise.all(headerFiles.map((n) => zip.file(n)!.async('string')))).map(text).join('\n');
  return { body, headers };
}

describe('minutes/export-docx', () => {
  it('exports the demo meeting as a DOCX named by date and title, marked as draft until final', async () => {
    const deps = makeDeps();
    const m = await call(deps, 'meetings/load-demo', {});
    const draft = await call(deps, 'minutes/export-docx', { id: m.id });
    expect(draft.fileName).toBe('Notulen 2022-05-25 Rapat Koordinasi Persiapan Sosialisasi dan Pendidikan Pemilih Pemilu Tahun 2024 (draf).docx');
    expect(draft.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const d = await docxParts(draft.base64);
    const order = ['Rabu, 25 Mei 2022', 'Insan Qoriawan', 'Rochani', 'Gogot Cahyo Baskoro', 'Kesimpulan', 'Tindak Lanjut'].map((s) => d.body.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(d.headers).toContain('DRAF');

    await call(deps, 'minutes/finalize', { id: m.id });
    const final = await call(deps, 'minutes/export-docx', { id: m.id });
    expect(final.fileName).toBe('Notulen 2022-05-25 Rapat Koordinasi Persiapan Sosialisasi dan Pendidikan Pemilih Pemilu Tahun 2024.docx');
    expect((await docxParts(final.base64)).headers).not.toContain('DRAF');
  });

  it('refuses a meeting that does not exist or lies in the bin, in Indonesian', async () => {
    const deps = makeDeps();
    expect((await callError(deps, 'minutes/export-docx', { id: 'tidak-ada' })).code).toBe('not_found');
    const m = await call(deps, 'meetings/load-demo', {});
    await call(deps, 'meetings/delete', { id: m.id });
    const err = await callError(deps, 'minutes/export-docx', { id: m.id });
    expect(err.message).toBe('Rapat tidak ditemukan.');
    expect((await callError(deps, 'minutes/export-docx', { id: '../x' })).code).toBe('invalid_input');
  });

  it('keeps file names valid on Windows whatever the title holds', async () => {
    const deps = makeDeps();
    const base = defaultMeetingSetup('2030-03-06');
    const odd = await call(deps, 'meetings/create', { ...base, title: 'Rakor: Evaluasi "Website" 1/2 <KPU>? *Jatim* | tahap.  ' });
    await call(deps, 'minutes/finalize', { id: odd.id });
    const name = (await call(deps, 'minutes/export-docx', { id: odd.id })).fileName;
    expect(name).toBe('Notulen 2030-03-06 Rakor Evaluasi Website 1 2 KPU Jatim tahap.docx');
    const long = await call(deps, 'meetings/create', { ...base, title: 'Kata '.repeat(60).trim() });
    const longName = (await call(deps, 'minutes/export-docx', { id: long.id })).fileName;
    expect(longName.length).toBeLessThan(160);
    expect(longName.endsWith(' Kata (draf).docx')).toBe(true);
  });
});

describe('minutes/finalize and minutes/unlock', () => {
  it('final locks the record with the time it was finalised; only an unlock opens it again', async () => {
    const deps = makeDeps(undefined, new Date('2022-05-25T05:00:00Z'));
    const m = await call(deps, 'meetings/load-demo', {});
    deps.tick(60_000);
    const final = await call(deps, 'minutes/finalize', { id: m.id });
    expect(final.minutes.status).toBe('final');
    expect(final.minutes.finalizedAt).toBe('2022-05-25T05:01:00.000Z');
    expect((await call(deps, 'meetings/get', { id: m.id })).minutes.finalizedAt).toBe('2022-05-25T05:01:00.000Z');

    // Finalising again keeps the first time.
    deps.tick(60_000);
    expect((await call(deps, 'minutes/finalize', { id: m.id })).minutes.finalizedAt).toBe('2022-05-25T05:01:00.000Z');

    const err = await callError(deps, 'minutes/update', { id: m.id, patch: { conclusions: [...final.minutes.conclusions, 'Tambahan'] } });
    expect(err.code).toBe('locked');
    expect(err.message).toContain('Buka kunci');
    expect((await callError(deps, 'meetings/update-setup', { id: m.id, setup: { ...defaultMeetingSetup('2022-05-25'), title: 'X' } })).code).toBe('locked');
    expect((await call(deps, 'meetings/get', { id: m.id })).minutes.conclusions).toHaveLength(2);

    const open = await call(deps, 'minutes/unlock', { id: m.id });
    expect([open.minutes.status, open.minutes.finalizedAt]).toEqual(['draft', '']);
    const saved = await call(deps, 'minutes/update', { id: m.id, patch: { conclusions: [...open.minutes.conclusions, 'Tambahan'] } });
    expect(saved.minutes.conclusions.at(-1)).toBe('Tambahan');
  });

  it('stops the timer of a speaker still speaking when the minutes become final', async () => {
    const deps = makeDeps(undefined, new Date('2022-05-25T04:30:00Z'));
    const m = await call(deps, 'meetings/create', { ...defaultMeetingSetup('2022-05-25'), title: 'Rakor' });
    await call(deps, 'speakers/add', { id: m.id, speaker: blankSpeaker('s1', { name: 'Gogot Cahyo Baskoro', segment: 'penutup' }) });
    await call(deps, 'speakers/timing', { id: m.id, speakerId: 's1', action: 'start', at: '2022-05-25T04:20:00.000Z' });
    const final = await call(deps, 'minutes/finalize', { id: m.id });
    expect(itemAt(final.speakers, 0).endedAt).toBe('2022-05-25T04:30:00.000Z');
  });
});

describe('minutes/print-pdf', () => {
  it('says in Indonesian to use the browser print in browser mode, and returns the window PDF in Electron', async () => {
    const deps = makeDeps();
    const m = await call(deps, 'meetings/load-demo', {});
    const err = await callError(deps, 'minutes/print-pdf', { id: m.id });
    expect(err.code).toBe('unsupported');
    expect(err.message).toContain('Simpan sebagai PDF');
    const pdf = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
    const withWindow = { ...deps, printToPdf: async () => pdf };
    const file = await call(withWindow, 'minutes/print-pdf', { id: m.id });
    expect(file.mimeType).toBe('application/pdf');
    expect(file.fileName).toMatch(/^Notulen 2022-05-25 .* \(draf\)\.pdf$/);
    expect(Buffer.from(file.base64, 'base64').toString('latin1')).toBe('%PDF-1.7\n%%EOF\n');
  });
});

describe('speakers/known', () => {
  it('lists who spoke in other meetings, newest first, without the current one or those in the bin', async () => {
    const deps = makeDeps();
    const mk = async (title: string, date: string, speakers: Array<[string, string]>) => {
      const m = await call(deps, 'meetings/create', { ...defaultMeetingSetup(date), title });
      let out = m;
      for (const [i, [name, jabatan]] of speakers.entries())
        out = await call(deps, 'speakers/add', { id: m.id, speaker: blankSpeaker(`${m.id}-${i}`, { name, jabatan }) });
      return out;
    };
    await mk('Rakor Januari', '2022-01-12', [
      ['Rochani', 'Anggota KPU Provinsi Jawa Timur'],
      ['Nur Salam', 'Sekretaris'],
    ]);
    await mk('Rakor April', '2022-04-12', [['Rochani', 'Ketua Divisi SDM dan Litbang']]);
    const binned = await mk('Rakor Maret', '2022-03-01', [['Orang Sampah', 'X']]);
    await call(deps, 'meetings/delete', { id: binned.id });
    const current = await mk('Rakor Mei', '2022-05-25', [['Insan Qoriawan', 'Plh. Ketua']]);

    const known = await call(deps, 'speakers/known', { excludeId: current.id });
    expect(known.map((k) => [k.name, k.jabatan])).toEqual([
      ['Rochani', 'Ketua Divisi SDM dan Litbang'],
      ['Nur Salam', 'Sekretaris'],
    ]);
    expect((await call(deps, 'speakers/known', {})).map((k) => k.name)).toContain('Insan Qoriawan');
  });
});
