// The invitation handlers over a real data folder: what the Undangan screen is told, the files
// it exports (read back with jszip and ical.js), the sent record with the SEQUENCE rule,
// cancelling, and the user's template wording.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { call, callError, changeSetup, makeDeps, seedRoster, tempDir } from './helpers';
import type { FileResult } from '../../shared/contract';
import type { Person } from '../../shared/domain/roster';
import type { Meeting } from '../../shared/domain/meeting';
import { itemAt, valueAt } from '../helpers/indexed';

type HandlerDeps = ReturnType<typeof makeDeps>;

const bytesOf = (f: FileResult) => Uint8Array.from(Buffer.from(f.base64, 'base64'));
const textOf = (f: FileResult) => Buffer.from(f.base64, 'base64').toString('utf8');

function parseEvent(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  const event = cal.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT');
  return { cal, event };
}

/** DTSTART as written in the file (UTC form). */
function dtstartRaw(ics: string): string {
  const line = ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .find((l) => l.startsWith('DTSTART'));
  return line ? line.slice(line.indexOf(':') + 1) : '';
}

async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const doc = zip.file('word/document.xml');
  if (!doc) throw new Error('word/document.xml missing');
  return doc.async('string');
}

/** Visible text of a DOCX body: runs joined, so words split across runs still match. */
function visibleText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

function person(unitCode: string, roleId: string, name: string, email: string, phone = ''): Person {
  return { id: `${unitCode}-${roleId}`, unitCode, roleId, name, jabatan: '', email, phone, notes: '' };
}

async function demo(deps: HandlerDeps): Promise<Meeting> {
  return call(deps, 'meetings/load-demo', {});
}

async function withOrganizer(deps: HandlerDeps) {
  const s = await call(deps, 'settings/get', {});
  await call(deps, 'settings/save', { ...s, organizerEmail: 'parmas@kpujatim.example.go.id' });
}

async function withTulungagungContacts(deps: HandlerDeps) {
  const roster = await call(deps, 'roster/get', {});
  seedRoster(deps, {
    ...roster,
    people: [
      person('3504', 'parmas', 'Dr. Anita Sari', 'anita@kpu-tulungagung.example.go.id', '+6281234567001'),
      person('3504', 'tekmas', 'Budi Santoso', 'budi@kpu-tulungagung.example.go.id'),
      person('3504', 'medsos', 'Fajar Nugroho', 'fajar at kpu tulungagung', '+6281234567003'),
    ],
  });
}

describe('invitations/preview', () => {
  it('says in the readiness panel which characters the letter and minutes will leave out', async () => {
    const deps = makeDeps();
    const m = await demo(deps);
    expect((await call(deps, 'invitations/preview', { id: m.id })).warnings.map((w) => w.code)).not.toContain('unprintable_chars');
    await changeSetup(deps, m.id, { title: `${m.title} 🎉` });
    const warning = (await call(deps, 'invitations/preview', { id: m.id })).warnings.find((w) => w.code === 'unprintable_chars');
    expect(warning).toMatchObject({ severity: 'warning' });
    expect(warning?.message).toContain('🎉 di Nama rapat');
  });

  it('gives the seed meeting its WhatsApp and email text, 38 unsent units and what is missing', async () => {
    const deps = makeDeps();
    const m = await demo(deps);
    const p = await call(deps, 'invitations/preview', { id: m.id });
    expect(p.whatsapp).toContain('*Hari/Tanggal:* Rabu, 25 Mei 2022');
    expect(p.whatsapp).toContain('09.00 WIB s.d. selesai');
    expect(p.whatsapp).not.toMatch(/[{}]/);
    expect(p.email.subject).toBe(`Undangan ${m.title} - Rabu, 25 Mei 2022`);
    expect(p.email.body).not.toContain('*');
    expect(p.units).toHaveLength(38);
    expect(p.units[0]).toMatchObject({ code: '3501', name: 'KPU Kabupaten Pacitan', sentAt: '', people: [] });
    expect(itemAt(p.units, 0).missingRoles).toHaveLength(3);
    expect(p.calendar).toEqual({ sequence: 0, changedSinceSent: false, everSent: false });
    expect(p.cancelled).toBe(false);
    const codes = p.warnings.map((w) => w.code);
    // Fresh settings have no organiser email; the demo letter has a number and the meeting a link.
    expect(codes).toContain('no_organizer');
    expect(codes).not.toContain('no_letter_number');
    expect(codes).not.toContain('no_link');
    expect(p.warnings.filter((w) => w.code === 'no_contact')).toHaveLength(38);
    expect(p.templateProblems).toEqual([]);
  });

  it('names what the kop still lacks until the organisation is set in Pengaturan, and nothing once it is', async () => {
    const deps = makeDeps();
    const m = await demo(deps);
    const kop = async () => (await call(deps, 'invitations/preview', { id: m.id })).warnings.filter((w) => w.code === 'kop_incomplete');
    const fresh = await kop();
    expect(fresh).toHaveLength(1);
    expect(itemAt(fresh, 0).message).toBe(
      'Kop surat belum lengkap: alamat, telepon, dan email belum diisi di Pengaturan. Surat dan notulen tercetak tanpa data itu.',
    );
    // The shipped defaults invent no contacts: the letter carries none of them.
    const letter = await JSZip.loadAsync(Buffer.from((await call(deps, 'invitations/export-letter', { id: m.id, form: 'all' })).base64, 'base64'));
    const xml = await letter.file('word/document.xml')!.async('string');
    expect(xml).not.toMatch(/example|Telp\.|Email:/);
    const s = await call(deps, 'settings/get', {});
    await call(deps, 'settings/save', {
      ...s,
      organisation: { ...s.organisation, address: 'Jl. Tenggilis Mejoyo Kav. 1-3, Surabaya', phone: '(031) 8471885', email: 'sekretariat@kpu-jatim.test' },
    });
    expect(await kop()).toEqual([]);
  });

  it('warns about an empty letter number, a daring meeting without link and people without email', async () => {
    const deps = makeDeps();
    const m = await demo(deps);
    await withOrganizer(deps);
    await withTulungagungContacts(deps);
    await changeSetup(deps, m.id, { joinUrl: '', letter: { ...m.letter, number: '  ' } });
    const p = await call(deps, 'invitations/preview', { id: m.id });
    const byCode = (c: string) => p.warnings.filter((w) => w.code === c);
    expect(byCode('no_organizer')).toHaveLength(0);
    expect(itemAt(byCode('no_letter_number'), 0).message).toBe('Nomor surat undangan belum diisi; surat akan tercetak dengan Nomor kosong.');
    expect(itemAt(byCode('no_link'), 0).message).toBe('Tautan rapat daring belum diisi.');
    const noEmail = byCode('no_email');
    expect(noEmail).toHaveLength(1);
    expect(itemAt(noEmail, 0).unitCode).toBe('3504');
    expect(itemAt(noEmail, 0).message).toContain('Fajar Nugroho');
    const tulungagung = p.units.find((u) => u.code === '3504')!;
    expect(tulungagung.missingRoles).toEqual([]);
    expect(tulungagung.people.map((x) => [x.name, x.emailUsable, x.phone])).toEqual([
      ['Dr. Anita Sari', true, '+6281234567001'],
      ['Budi Santoso', true, ''],
      ['Fajar Nugroho', false, '+6281234567003'],
    ]);
  });

  it('refuses a meeting in the bin', async () => {
    const deps = makeDeps();
    const m = await demo(deps);
    await call(deps, 'meetings/delete', { id: m.id });
    const err = await callError(deps, 'invitations/preview', { id: m.id });
    expect(err.message).toBe('Rapat tidak ditemukan.');
  });
});

describe('single files', () => {
  it('exports the letter in both forms as DOCX carrying the letter number', async () => {
    const deps = makeDeps();
    const m = await demo(deps);
    const all = await call(deps, 'invitations/export-letter', { id: m.id, form: 'all' });
    expect(all.fileName).toBe('surat-undangan-rakor-2022-05-25.docx');
    expect(all.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const allText = visibleText(await documentXml(bytesOf(all)));
    expect(allText).toContain('123/PP.01-Und/35/2022');
    expect(allText).toContain('KPU Kabupaten Tulungagung'); // in the attached list of units

    const perUnit = await call(deps, 'invitations/export-letter', { id: m.id, form: 'per-unit' });
    expect(perUnit.fileName).toBe('surat-undangan-per-kpu-rakor-2022-05-25.docx');
    const xml = await documentXml(bytesOf(perUnit));
    expect(xml.match(/<w:sectPr/g)?.length).toBe(38);
    expect(visibleText(xml)).toContain('123/PP.01-Und/35/2022');
  });

  it("exports the combined and a unit calendar file at 09.00 WIB = 02:00 UTC, with the unit's people as attendees", async () => {
    const deps = makeDeps();
    const m = await demo(deps);
    await withOrganizer(deps);
    await withTulungagungContacts(deps);
    const combined = await call(deps, 'invitations/export-ics', { id: m.id });
    expect(combined.fileName).toBe('rakor-2022-05-25-semua.ics');
    expect(combined.mimeType).toBe('text/calendar');
    expect(dtstartRaw(textOf(combined))).toBe('20220525T020000Z');

    const unit = await call(deps, 'invitations/export-ics', { id: m.id, unitCode: '3504' });
    expect(unit.fileName).toBe('rakor-2022-05-25-kabupaten-tulungagung.ics');
    const { cal, event } = parseEvent(textOf(unit));
    expect(cal.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(dtstartRaw(textOf(unit))).toBe('20220525T020000Z');
    expect(event.getFirstPropertyValue('sequence')).toBe(0);
    const attendees = event.getAllProperties('attendee').map((a) => String(a.getFirstValue()));
    // Fajar's address is not usable: he is named in the description instead.
    expect(attendees).toEqual(['mailto:anita@kpu-tulungagung.example.go.id', 'mailto:budi@kpu-tulungagung.example.go.id']);
    expect(String(event.getFirstPropertyValue('organizer'))).toBe('mailto:parmas@kpujatim.example.go.id');
    // DTSTAMP is when the file was made (the handler's clock), not the meeting's last edit.
    expect(textOf(unit)).toContain('DTSTAMP:20261128T020000Z');
  });

  it('refuses a unit that is not invited, in Indonesian', async () => {
    const deps = makeDeps();
    const m = await demo(deps);
    await changeSetup(deps, m.id, { unitsInvited: m.unitsInvited.filter((c) => c !== '3579') });
    const err = await callError(deps, 'invitations/export-ics', { id: m.id, unitCode: '3579' });
    expect(err.details).toEqual(['KPU Kota Batu tidak termasuk KPU yang diundang pada rapat ini.']);
    const bad = await callError(deps, 'invitations/export-ics', { id: m.id, unitCode: '../x' });
    expect(bad.details).toEqual(['unitCode: Kode KPU tidak valid.']);
  });
});

describe('invitations/export-all', () => {
  it('in the browser host gives one .zip with the letter, the message, 39 calendar files and 38 email drafts', async () => {
    const deps = makeDeps();
    const m = await demo(deps);
    const res = await call(deps, 'invitations/export-all', { id: m.id, form: 'all' });
    if (res.kind !== 'zip') throw new Error(`expected a zip, got ${res.kind}`);
    expect(res.file.fileName).toBe('undangan-rakor-2022-05-25.zip');
    const zip = await JSZip.loadAsync(bytesOf(res.file));
    const names = Object.keys(zip.files).filter((n) => !valueAt(zip.files, n).dir);
    expect(names).toHaveLength(41 + 38);
    expect(names.filter((n) => n.startsWith('undangan-rakor-2022-05-25/email/') && n.endsWith('.eml'))).toHaveLength(38);
    expect(names.every((n) => n.startsWith('undangan-rakor-2022-05-25/'))).toBe(true);
    expect(res.fileNames).toEqual(names.map((n) => n.replace('undangan-rakor-2022-05-25/', '')));
    const ics = names.filter((n) => n.endsWith('.ics'));
    expect(ics).toHaveLength(39);
    for (const n of ics) expect(dtstartRaw(await zip.file(n)!.async('string'))).toBe('20220525T020000Z');
    const letter = await zip.file('undangan-rakor-2022-05-25/surat-undangan-rakor-2022-05-25.docx')!.async('uint8array');
    expect(visibleText(await documentXml(letter))).toContain('123/PP.01-Und/35/2022');
    const message = await zip.file('undangan-rakor-2022-05-25/pesan-undangan-rakor-2022-05-25.txt')!.async('string');
    expect(message.charCodeAt(0)).toBe(0xfeff);
    expect(message).toContain('*Hari/Tanggal:* Rabu, 25 Mei 2022\r\n');
    expect(message).toContain(`Subjek: Undangan ${m.title} - Rabu, 25 Mei 2022`);
    expect(message).not.toMatch(/[^\r]\n/);
  });

  it('in Electron writes the same files into the folder the user picks, and reports a cancelled dialog', async () => {
    const deps = makeDeps();
    const m = await demo(deps);
    const picked = tempDir();
    let answer: string | null = picked;
    deps.saveFilesToFolder = async (files) => {
      if (answer === null) return null;
      for (const f of files) {
        fs.mkdirSync(path.dirname(path.join(answer, f.name)), { recursive: true });
        fs.writeFileSync(path.join(answer, f.name), f.bytes);
      }
      return answer;
    };
    const res = await call(deps, 'invitations/export-all', { id: m.id, form: 'per-unit' });
    if (res.kind !== 'folder') throw new Error(`expected a folder, got ${res.kind}`);
    expect(res.folder).toBe(path.join(picked, 'undangan-rakor-2022-05-25'));
    expect(fs.readdirSync(path.join(res.folder, 'kalender'))).toHaveLength(39);
    expect(fs.existsSync(path.join(res.folder, 'surat-undangan-per-kpu-rakor-2022-05-25.docx'))).toBe(true);

    answer = null;
    expect(await call(deps, 'invitations/export-all', { id: m.id, form: 'all' })).toEqual({ kind: 'cancelled' });

    deps.saveFilesToFolder = async () => {
      throw Object.assign(new Error('denied'), { code: 'EACCES' });
    };
    const err = await callError(deps, 'invitations/export-all', { id: m.id, form: 'all' });
    expect(err.message).toBe('Berkas undangan tidak dapat ditulis ke folder yang dipilih (EACCES). Pilih folder lain, mis. Dokumen, lalu coba lagi.');
  });
});

describe('sent record and SEQUENCE', () => {
  it('records units as sent, and after a time change the next files are an update with SEQUENCE 1', async () => {
    const deps = makeDeps();
    const m = await demo(deps);
    const sent = await call(deps, 'invitations/mark-sent', { id: m.id, unitCodes: ['3501', '3504'] });
    expect(sent.invitations.sentUnits).toEqual({ '3501': '2026-11-28T02:00:00.000Z', '3504': '2026-11-28T02:00:00.000Z' });
    expect(sent.invitations.sequence).toBe(0);
    deps.tick(60_000);
    await call(deps, 'invitations/mark-sent', { id: m.id, unitCodes: ['3578'], sentAt: '2026-11-28T09:15:00+07:00' });
    let p = await call(deps, 'invitations/preview', { id: m.id });
    expect(p.units.find((u) => u.code === '3578')!.sentAt).toBe('2026-11-28T02:15:00.000Z');
    expect(p.units.filter((u) => u.sentAt !== '')).toHaveLength(3);
    expect(p.calendar).toEqual({ sequence: 0, changedSinceSent: false, everSent: true });

    // The agenda is not what a calendar needs to hear about: no update.
    const stored = await call(deps, 'meetings/get', { id: m.id });
    await changeSetup(deps, m.id, { agenda: [...stored.agenda, 'Lain-lain'] });
    expect((await call(deps, 'invitations/preview', { id: m.id })).calendar.changedSinceSent).toBe(false);

    await changeSetup(deps, m.id, { startTime: '13:00' });
    p = await call(deps, 'invitations/preview', { id: m.id });
    expect(p.calendar).toEqual({ sequence: 1, changedSinceSent: true, everSent: true });
    const ics = textOf(await call(deps, 'invitations/export-ics', { id: m.id, unitCode: '3504' }));
    expect(parseEvent(ics).event.getFirstPropertyValue('sequence')).toBe(1);
    expect(dtstartRaw(ics)).toBe('20220525T060000Z');

    // Sending the update: only the units sent now hold the current invitation.
    const updated = await call(deps, 'invitations/mark-sent', { id: m.id, unitCodes: ['3504'] });
    expect(updated.invitations.sequence).toBe(1);
    expect(Object.keys(updated.invitations.sentUnits)).toEqual(['3504']);
    p = await call(deps, 'invitations/preview', { id: m.id });
    expect(p.calendar).toEqual({ sequence: 1, changedSinceSent: false, everSent: true });

    const cleared = await call(deps, 'invitations/unmark-sent', { id: m.id, unitCodes: ['3504'] });
    expect(cleared.invitations.sentUnits).toEqual({});
    expect(cleared.invitations.sequence).toBe(1);
  });

  it('refuses to mark a unit that is not invited, and an empty selection', async () => {
    const deps = makeDeps();
    const m = await demo(deps);
    await changeSetup(deps, m.id, { unitsInvited: ['3504'], unitsInvitedMode: 'picked' });
    expect((await callError(deps, 'invitations/mark-sent', { id: m.id, unitCodes: ['3578'] })).details).toEqual([
      'KPU Kota Surabaya tidak termasuk KPU yang diundang pada rapat ini.',
    ]);
    expect((await callError(deps, 'invitations/mark-sent', { id: m.id, unitCodes: [] })).details).toEqual(['unitCodes: Pilih minimal satu KPU.']);
    expect((await call(deps, 'meetings/get', { id: m.id })).invitations.sentUnits).toEqual({});
  });
});

describe('cancelling a meeting', () => {
  it('offers the cancellation file instead of invitations, ranked above what was sent, and can be undone', async () => {
    const deps = makeDeps();
    const m = await demo(deps);
    // A CANCEL, like a REQUEST, needs an organiser; without one the files are PUBLISH.
    await withOrganizer(deps);
    await call(deps, 'invitations/mark-sent', { id: m.id, unitCodes: m.unitsInvited });
    const early = await callError(deps, 'invitations/export-cancel', { id: m.id });
    expect(early.details?.[0]).toContain('hanya tersedia untuk rapat yang sudah dibatalkan');

    const cancelled = await call(deps, 'meetings/cancel', { id: m.id });
    expect(cancelled.status).toBe('batal');
    expect(itemAt((await call(deps, 'meetings/list', {})).meetings, 0).status).toBe('batal');
    expect((await call(deps, 'invitations/preview', { id: m.id })).cancelled).toBe(true);
    for (const method of ['invitations/export-ics', 'invitations/export-all', 'invitations/export-letter', 'invitations/mark-sent'] as const) {
      const err = await callError(deps, method, { id: m.id, form: 'all', unitCodes: ['3504'] });
      expect(err.code).toBe('cancelled');
    }
    const cancelFile = await call(deps, 'invitations/export-cancel', { id: m.id, unitCode: '3504' });
    expect(cancelFile.fileName).toBe('batal-rakor-2022-05-25-kabupaten-tulungagung.ics');
    const { cal, event } = parseEvent(textOf(cancelFile));
    expect(cal.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
    const cancelSeq = Number(event.getFirstPropertyValue('sequence'));
    expect(cancelSeq).toBe(1);

    const back = await call(deps, 'meetings/reactivate', { id: m.id });
    expect(back.status).toBe('aktif');
    expect(back.invitations.sentUnits).toEqual({});
    const renewed = textOf(await call(deps, 'invitations/export-ics', { id: m.id }));
    expect(parseEvent(renewed).event.getFirstPropertyValue('sequence')).toBeGreaterThan(cancelSeq);
  });

  it('does not cancel a meeting whose minutes are final', async () => {
    const deps = makeDeps();
    const m = await demo(deps);
    await call(deps, 'minutes/finalize', { id: m.id });
    expect((await callError(deps, 'meetings/cancel', { id: m.id })).code).toBe('locked');
  });
});

describe('templates/save', () => {
  it("keeps the user's wording, reports a misspelt placeholder instead of printing braces, and resets", async () => {
    const deps = makeDeps();
    const m = await demo(deps);
    const own = '*Undangan* {judul}\nTanggal: {hari_tangal}\nWaktu: {waktu}';
    const saved = await call(deps, 'templates/save', { key: 'invitation.whatsapp', text: own });
    expect(saved.templates['invitation.whatsapp']).toBe(own);
    expect((await call(deps, 'settings/get', {})).templates['invitation.whatsapp']).toBe(own);
    const p = await call(deps, 'invitations/preview', { id: m.id });
    expect(p.templateProblems).toEqual(['Isian {hari_tangal} tidak dikenal. Maksud Anda {hari_tanggal}?']);
    expect(p.whatsapp).toBe(`*Undangan* ${m.title}\nTanggal: \nWaktu: 09.00 WIB s.d. selesai`);

    const reset = await call(deps, 'templates/save', { key: 'invitation.whatsapp', text: '   ' });
    expect(reset.templates).toEqual({});
    expect((await call(deps, 'invitations/preview', { id: m.id })).whatsapp).toContain('*UNDANGAN RAPAT*');

    const unknown = await callError(deps, 'templates/save', { key: 'no.such', text: 'x' });
    expect(unknown.details).toEqual(['Templat tidak dikenal: no.such']);
  });
});
