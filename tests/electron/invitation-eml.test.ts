// The email drafts (.eml) read back by a real mail parser, Python's `email` package: headers,
// recipients, the text and the attachments (the letter DOCX and the unit's .ics, parsed again);
// and the WhatsApp and mailto links decoded back to the message.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { call, callError, makeDeps, seedRoster, tempDir } from './helpers';
import { MAILTO_MAX, mailtoLink, whatsAppLink } from '../../shared/invitations';
import type { FileResult } from '../../shared/contract';
import type { Person } from '../../shared/domain/roster';
import type { PrintView } from '../../shared/domain/print-page';
import type { Paper } from '../../shared/domain/settings';
import { docxToPdf } from '../shared/helpers/libreoffice';
import { buildInvitationLetterDocx } from '../../shared/documents/letter-docx';

const PARSE = `
import email, json, sys, hashlib
from email import policy
msg = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=policy.default)
out = {
  'to': [str(a.addr_spec) for a in msg['To'].addresses] if msg['To'] else [],
  'to_names': [a.display_name for a in msg['To'].addresses] if msg['To'] else [],
  'from': str(msg['From'] or ''),
  'subject': str(msg['Subject']),
  'x_unsent': str(msg['X-Unsent']),
  'date': str(msg['Date']),
  'content_type': msg.get_content_type(),
  'body': msg.get_body(preferencelist=('plain',)).get_content(),
  'attachments': [],
}
for part in msg.iter_attachments():
  data = part.get_payload(decode=True)
  name = part.get_filename()
  open(sys.argv[2] + '/' + name, 'wb').write(data)
  out['attachments'].append({'filename': name, 'type': part.get_content_type(), 'size': len(data)})
print(json.dumps(out))
`;

interface Parsed {
  to: string[];
  to_names: string[];
  from: string;
  subject: string;
  x_unsent: string;
  date: string;
  content_type: string;
  body: string;
  attachments: Array<{ filename: string; type: string; size: number }>;
}

function parseEml(bytes: Uint8Array): { parsed: Parsed; dir: string } {
  const dir = tempDir();
  const file = path.join(dir, 'draft.eml');
  fs.writeFileSync(file, bytes);
  const out = execFileSync('python3', ['-c', PARSE, file, dir], { encoding: 'utf8' });
  return { parsed: JSON.parse(out) as Parsed, dir };
}

const bytesOf = (f: FileResult) => Uint8Array.from(Buffer.from(f.base64, 'base64'));

function person(unitCode: string, roleId: string, name: string, email: string, phone = ''): Person {
  return { id: `${unitCode}-${roleId}`, unitCode, roleId, name, jabatan: '', email, phone, notes: '' };
}

async function setUp() {
  const deps = makeDeps();
  const m = await call(deps, 'meetings/load-demo', {});
  const roster = await call(deps, 'roster/get', {});
  seedRoster(deps, {
    ...roster,
    people: [
      person('3504', 'parmas', 'Dra. Sri Wahyuni, M.Si.', 'sri@kpu-tulungagung.example.go.id', '+6281234567001'),
      person('3504', 'tekmas', 'Budi Santoso', 'budi@kpu-tulungagung.example.go.id'),
      person('3504', 'medsos', 'Fajar Nugroho', 'fajar at kpu tulungagung', '+6281234567003'),
    ],
  });
  const s = await call(deps, 'settings/get', {});
  await call(deps, 'settings/save', { ...s, organizerEmail: 'parmas@kpujatim.example.go.id', organizerName: 'KPU Provinsi Jawa Timur' });
  return { deps, m };
}

describe('invitations/export-eml', () => {
  it('is a draft to the unit’s invited people with the text, the letter and the unit’s calendar file', async () => {
    const { deps, m } = await setUp();
    const file = await call(deps, 'invitations/export-eml', { id: m.id, unitCode: '3504' });
    expect(file.fileName).toBe('undangan-rakor-2022-05-25-kabupaten-tulungagung.eml');
    expect(file.mimeType).toBe('message/rfc822');
    const { parsed, dir } = parseEml(bytesOf(file));
    const preview = await call(deps, 'invitations/preview', { id: m.id });

    expect(parsed.x_unsent).toBe('1');
    expect(parsed.to).toEqual(['sri@kpu-tulungagung.example.go.id', 'budi@kpu-tulungagung.example.go.id']);
    expect(parsed.to_names).toEqual(['Dra. Sri Wahyuni, M.Si.', 'Budi Santoso']);
    expect(parsed.from).toBe('KPU Provinsi Jawa Timur <parmas@kpujatim.example.go.id>');
    expect(parsed.subject).toBe(preview.email.subject);
    expect(parsed.body.replace(/\r\n/g, '\n').trim()).toBe(preview.email.body.replace(/\r\n/g, '\n').trim());
    expect(parsed.content_type).toBe('multipart/mixed');
    expect(parsed.attachments.map((a) => [a.filename, a.type])).toEqual([
      ['surat-undangan-rakor-2022-05-25.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['rakor-2022-05-25-kabupaten-tulungagung.ics', 'text/calendar'],
    ]);

    const letter = await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'surat-undangan-rakor-2022-05-25.docx')));
    const xml = await letter.file('word/document.xml')!.async('string');
    expect(xml).toContain('123/PP.01-Und/35/2022');
    const ics = fs.readFileSync(path.join(dir, 'rakor-2022-05-25-kabupaten-tulungagung.ics'), 'utf8');
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    const attendees = event.getAllProperties('attendee').map((p) => String(p.getFirstValue()).toLowerCase());
    expect(attendees).toEqual(['mailto:sri@kpu-tulungagung.example.go.id', 'mailto:budi@kpu-tulungagung.example.go.id']);
    const own = Buffer.from(bytesOf(await call(deps, 'invitations/export-ics', { id: m.id, unitCode: '3504' }))).toString('utf8');
    expect(event.getFirstPropertyValue('uid')).toBe(new ICAL.Component(ICAL.parse(own)).getFirstSubcomponent('vevent')!.getFirstPropertyValue('uid'));
  });

  it('for a unit without addresses is still a draft, with nobody in To to be filled in', async () => {
    const { deps, m } = await setUp();
    const { parsed } = parseEml(bytesOf(await call(deps, 'invitations/export-eml', { id: m.id, unitCode: '3501' })));
    expect(parsed.to).toEqual([]);
    expect(parsed.x_unsent).toBe('1');
    expect(parsed.attachments).toHaveLength(2);
  });

  it('refuses a unit not invited and a cancelled meeting, in Indonesian', async () => {
    const { deps, m } = await setUp();
    const err = await callError(deps, 'invitations/export-eml', { id: m.id, unitCode: '9999' });
    expect(err.details?.[0]).toContain('tidak termasuk KPU yang diundang');
    await call(deps, 'meetings/cancel', { id: m.id });
    expect((await callError(deps, 'invitations/export-eml', { id: m.id, unitCode: '3504' })).code).toBe('cancelled');
  });

  it('is in "Ekspor semua": one draft per invited unit, each parsed', async () => {
    const { deps, m } = await setUp();
    const res = await call(deps, 'invitations/export-all', { id: m.id, form: 'per-unit' });
    if (res.kind !== 'zip') throw new Error('expected a zip');
    const zip = await JSZip.loadAsync(bytesOf(res.file));
    const emls = Object.keys(zip.files).filter((n) => n.endsWith('.eml'));
    expect(emls).toHaveLength(38);
    const tulungagung = emls.find((n) => n.endsWith('/email/undangan-rakor-2022-05-25-kabupaten-tulungagung.eml'))!;
    const { parsed } = parseEml(await zip.file(tulungagung)!.async('uint8array'));
    expect(parsed.to).toHaveLength(2);
    expect(parsed.attachments.map((a) => a.filename)).toEqual(['surat-undangan-rakor-2022-05-25.docx', 'rakor-2022-05-25-kabupaten-tulungagung.ics']);
  });
});

describe('the letter as PDF in the draft (desktop app)', () => {
  it('attaches the PDF the renderer prints from the letter to all units, next to the DOCX and the .ics; the browser mode has none', async () => {
    const { deps, m } = await setUp();
    // A real PDF renderer: LibreOffice prints the letter DOCX for the view asked (built here:
    // a handler call from inside a handler would wait behind the one running).
    const asked: Array<{ view: PrintView; paper: Paper }> = [];
    deps.printToPdf = async (view, paper) => {
      asked.push({ view, paper });
      if (view.kind !== 'letter') throw new Error('not the letter');
      const docx = await buildInvitationLetterDocx(deps.store.getMeeting(view.id), deps.store.getRoster(), deps.store.getSettings(), view.form, '2026-11-28');
      return new Uint8Array(fs.readFileSync(docxToPdf(docx, 'surat-eml').pdfPath));
    };
    const { parsed, dir } = parseEml(bytesOf(await call(deps, 'invitations/export-eml', { id: m.id, unitCode: '3504' })));
    expect(asked).toEqual([{ view: { kind: 'letter', id: m.id, form: 'all' }, paper: 'A4' }]);
    expect(parsed.attachments.map((a) => [a.filename, a.type])).toEqual([
      ['surat-undangan-rakor-2022-05-25.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['surat-undangan-rakor-2022-05-25.pdf', 'application/pdf'],
      ['rakor-2022-05-25-kabupaten-tulungagung.ics', 'text/calendar'],
    ]);
    const pdfPath = path.join(dir, 'surat-undangan-rakor-2022-05-25.pdf');
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Yth. Ketua KPU Kabupaten/Kota se-Jawa Timur');
    expect(text).toContain('DAFTAR KPU KABUPATEN/KOTA SE-JAWA TIMUR');
    expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.\d* x 841\.\d* pts/);

    // "Ekspor semua" prints the PDF once for all 38 drafts.
    asked.length = 0;
    const res = await call(deps, 'invitations/export-all', { id: m.id, form: 'all' });
    if (res.kind !== 'zip') throw new Error('expected a zip');
    expect(asked).toHaveLength(1);
    const zip = await JSZip.loadAsync(bytesOf(res.file));
    const draft = Object.keys(zip.files).find((n) => n.endsWith('/email/undangan-rakor-2022-05-25-kota-batu.eml'))!;
    expect(parseEml(await zip.file(draft)!.async('uint8array')).parsed.attachments.map((a) => a.type)).toContain('application/pdf');

    // The letter's PDF asked for directly, and refused in browser mode with the way to print it there.
    const pdf = await call(deps, 'invitations/print-pdf', { id: m.id, form: 'all' });
    expect([pdf.fileName, pdf.mimeType]).toEqual(['surat-undangan-rakor-2022-05-25.pdf', 'application/pdf']);
    deps.printToPdf = undefined;
    const err = await callError(deps, 'invitations/print-pdf', { id: m.id, form: 'per-unit' });
    expect(err.message).toContain('Simpan sebagai PDF');
  }, 240_000);
});

describe('WhatsApp and mailto links', () => {
  it('wa.me carries the number in international digits and the message, decoded back unchanged', async () => {
    const { deps, m } = await setUp();
    const message = (await call(deps, 'invitations/preview', { id: m.id })).whatsapp;
    const link = whatsAppLink('+6281234567001', message)!;
    const url = new URL(link);
    expect(url.origin).toBe('https://wa.me');
    expect(url.pathname).toBe('/6281234567001');
    expect(url.searchParams.get('text')).toBe(message);
    expect(whatsAppLink('', message)).toBeNull();
    expect(whatsAppLink('0812', message)).toBeNull();
  });

  it('mailto is offered only while the link stays under the limit, with the text decoded back unchanged', () => {
    const link = mailtoLink(['sri@example.go.id', 'budi@example.go.id'], 'Undangan Rakor', 'Yth. Bapak/Ibu,\nrapat pukul 09.00 WIB.')!;
    expect(link.startsWith('mailto:sri@example.go.id,budi@example.go.id?')).toBe(true);
    const params = new URLSearchParams(link.slice(link.indexOf('?') + 1));
    expect(params.get('subject')).toBe('Undangan Rakor');
    expect(params.get('body')).toBe('Yth. Bapak/Ibu,\r\nrapat pukul 09.00 WIB.');
    expect(mailtoLink(['a@example.go.id'], 'x', 'y'.repeat(MAILTO_MAX))).toBeNull();
    expect(mailtoLink([], 'x', 'y')).toBeNull();
  });
});
