// The WhatsApp and email invitations of the seed meeting, the user's own wording from
// Settings, and the Settings preview with its problem reports.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildEmailText, buildWhatsAppMessage, invitationValues, previewTemplate, renderMessage } from '../../shared/invitations/message';
import { checkTemplate } from '../../shared/templates/render';
import { TEMPLATES } from '../../templates/index';
import {
  INVITATION_EMAIL_BODY_KEY,
  INVITATION_EMAIL_SUBJECT_KEY,
  INVITATION_PLACEHOLDERS,
  INVITATION_TEMPLATES,
  INVITATION_WHATSAPP_KEY,
} from '../../templates/invitation';
import type { Meeting } from '../../shared/domain/meeting';
import { invitationRoster, invitationSettings, seedMeeting, SEED_TITLE } from './helpers/invitation-seed';
import { group, itemAt } from '../helpers/indexed';

const ROLES_IN_WORDS =
  'Anggota/Komisioner Divisi Sosdiklih Parmas; Kasubag Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat; dan Operator Media Sosial';

describe('the WhatsApp invitation of the seed meeting', () => {
  const meeting = seedMeeting();
  const { text, problems } = buildWhatsAppMessage(meeting, invitationSettings(), invitationRoster());

  it('has every fact with a bold label, in Indonesian formats', () => {
    expect(problems).toEqual([]);
    expect(text).toContain(`*${SEED_TITLE}*`);
    expect(text).toContain('Yth. Ketua KPU Kabupaten/Kota se-Jawa Timur');
    expect(text).toContain('*Hari/Tanggal:* Rabu, 25 Mei 2022');
    expect(text).toContain('*Waktu:* 09.00 WIB s.d. selesai');
    expect(text).toContain('*Tempat:* Daring melalui Zoom');
    expect(text).toContain(`*Tautan:* ${meeting.joinUrl}`);
    expect(text).toContain('*Meeting ID:* 845 1234 5678');
    expect(text).toContain('*Passcode:* rakor24');
    expect(text).toContain(`*Acara:*\n1. ${meeting.agenda[0]}\n2. ${meeting.agenda[1]}\n`);
    expect(text).toContain(`*Peserta:* ${ROLES_IN_WORDS} dari KPU Kabupaten/Kota se-Jawa Timur.`);
    expect(text.endsWith('_KPU Provinsi Jawa Timur_')).toBe(true);
  });

  it('prints no braces and no runs of blank lines', () => {
    expect(text).not.toMatch(/[{}]/);
    expect(text).not.toMatch(/\n\s*\n\s*\n/);
  });

  it('addresses one unit when asked', () => {
    const own = buildWhatsAppMessage(meeting, invitationSettings(), invitationRoster(), '3579').text;
    expect(own).toContain('Yth. Ketua KPU Kota Batu');
    expect(own).toContain('dari KPU Kota Batu.');
  });

  it('leaves out the lines of facts a meeting does not have', () => {
    const m: Meeting = { ...meeting, passcode: '', meetingId: '', endTime: '11:30' };
    const out = buildWhatsAppMessage(m, invitationSettings(), invitationRoster()).text;
    expect(out).not.toContain('Passcode');
    expect(out).not.toContain('Meeting ID');
    expect(out).toContain('*Waktu:* 09.00 s.d. 11.30 WIB');
    const luring: Meeting = { ...meeting, mode: 'luring', location: 'Aula KPU Provinsi Jawa Timur' };
    const inPerson = buildWhatsAppMessage(luring, invitationSettings(), invitationRoster()).text;
    expect(inPerson).toContain('*Tempat:* Aula KPU Provinsi Jawa Timur');
    expect(inPerson).toContain('secara luring pada:');
    expect(inPerson).not.toMatch(/Tautan|Meeting ID|Passcode|zoom/i);
  });
});

describe('the email invitation', () => {
  it('has a one-line subject and a plain-text body', () => {
    const mail = buildEmailText(seedMeeting(), invitationSettings(), invitationRoster(), '3504');
    expect(mail.problems).toEqual([]);
    expect(mail.subject).toBe(`Undangan ${SEED_TITLE} - Rabu, 25 Mei 2022`);
    expect(mail.body.startsWith('Yth. Ketua KPU Kabupaten Tulungagung\n')).toBe(true);
    expect(mail.body).toContain('Hari/Tanggal: Rabu, 25 Mei 2022\nWaktu: 09.00 WIB s.d. selesai\nTempat: Daring melalui Zoom\n');
    expect(mail.body).toContain(`Peserta: ${ROLES_IN_WORDS} dari KPU Kabupaten Tulungagung.`);
    expect(mail.body).not.toMatch(/[*_{}]/);
    expect(mail.body.endsWith('Hormat kami,\nKPU Provinsi Jawa Timur')).toBe(true);
  });

  it('keeps the subject on one line even when the user template spans lines', () => {
    const settings = invitationSettings({ templates: { [INVITATION_EMAIL_SUBJECT_KEY]: 'Undangan\n{judul}\n' } });
    expect(buildEmailText(seedMeeting(), settings, invitationRoster()).subject).toBe(`Undangan ${SEED_TITLE}`);
  });
});

describe('templates', () => {
  it('are registered, and use only the placeholders they document', () => {
    for (const def of INVITATION_TEMPLATES) {
      expect(TEMPLATES.filter((t) => t.key === def.key)).toHaveLength(1);
      expect(checkTemplate(def.text, Object.keys(def.placeholders))).toEqual([]);
    }
  });

  it('document exactly the values the builders fill', () => {
    const values = invitationValues(seedMeeting(), invitationSettings(), invitationRoster());
    expect(Object.keys(values).sort()).toEqual(Object.keys(INVITATION_PLACEHOLDERS).sort());
    expect(values).toMatchObject({
      judul: SEED_TITLE,
      hari_tanggal: 'Rabu, 25 Mei 2022',
      waktu: '09.00 WIB s.d. selesai',
      moda: 'daring',
      tempat: 'Daring melalui Zoom',
      platform: 'Zoom',
      meeting_id: '845 1234 5678',
      passcode: 'rakor24',
      peserta: ROLES_IN_WORDS,
      tujuan: 'KPU Kabupaten/Kota se-Jawa Timur',
      provinsi: 'Jawa Timur',
      penyelenggara: 'KPU Provinsi Jawa Timur',
    });
  });

  it("use the user's wording from Settings, and report a misspelt placeholder instead of printing it", () => {
    const settings = invitationSettings({
      templates: { [INVITATION_WHATSAPP_KEY]: 'Rapat {judul} hari {hari_tangal} di {tempat}. {salam_penutup}' },
    });
    const { text, problems } = buildWhatsAppMessage(seedMeeting(), settings, invitationRoster());
    expect(text).toBe(`Rapat ${SEED_TITLE} hari  di Daring melalui Zoom.`);
    expect(problems.map((p) => [p.placeholder, p.suggestion])).toEqual([
      ['hari_tangal', 'hari_tanggal'],
      ['salam_penutup', null],
    ]);
    expect(itemAt(problems, 0).message).toBe('Isian {hari_tangal} tidak dikenal. Maksud Anda {hari_tanggal}?');
  });

  it('fall back to the default when the saved wording is blank', () => {
    const settings = invitationSettings({ templates: { [INVITATION_EMAIL_BODY_KEY]: '  \n ' } });
    expect(buildEmailText(seedMeeting(), settings, invitationRoster()).body).toContain('Hari/Tanggal: Rabu, 25 Mei 2022');
  });

  it('never print a placeholder as raw braces, whatever the user writes', () => {
    const names = [...Object.keys(INVITATION_PLACEHOLDERS), 'tangal', 'judull', 'x', 'Judul'];
    const piece = fc.oneof(
      fc.constantFrom(...names).map((n) => `{${n}}`),
      fc.string({ maxLength: 10 }).filter((s) => !/[{}]/.test(s)),
      fc.constantFrom('\n', '\n\n', '*', '_', ' '),
    );
    const values = invitationValues(seedMeeting(), invitationSettings(), invitationRoster());
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const template = pieces.join('');
        const { text, problems } = renderMessage(template, values);
        expect(text).not.toMatch(/\{[^{}\s]{1,60}\}/);
        const unknown = new Set([...template.matchAll(/\{([^{}\s]{1,60})\}/g)].map((m) => group(m, 1)).filter((n) => !(n in values)));
        expect(new Set(problems.map((p) => p.placeholder))).toEqual(unknown);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the Settings preview', () => {
  it('renders the wording being edited for the meeting and lists its problems', () => {
    const preview = previewTemplate(INVITATION_WHATSAPP_KEY, '*Waktu:* {waktu}\n*Tautan:* {tautn}', seedMeeting(), invitationSettings(), invitationRoster());
    expect(preview.text).toBe('*Waktu:* 09.00 WIB s.d. selesai\n*Tautan:*');
    expect(preview.problems.map((p) => p.suggestion)).toEqual(['tautan']);
  });

  it('shows a subject on one line and refuses keys that are not invitation templates', () => {
    expect(previewTemplate(INVITATION_EMAIL_SUBJECT_KEY, '{judul}\n{hari_tanggal}', seedMeeting(), invitationSettings()).text).toBe(
      `${SEED_TITLE} Rabu, 25 Mei 2022`,
    );
    expect(() => previewTemplate('letter.closing', 'x', seedMeeting(), invitationSettings())).toThrow();
  });
});

describe('a cancelled meeting', () => {
  it('gets the cancellation text instead of the invitation, in WhatsApp and email', () => {
    const meeting = { ...seedMeeting(), status: 'batal' as const };
    const wa = buildWhatsAppMessage(meeting, invitationSettings());
    expect(wa.text).toContain('*PEMBATALAN RAPAT*');
    expect(wa.text).toContain('*Hari/Tanggal:* Rabu, 25 Mei 2022');
    expect(wa.text).toContain('*DIBATALKAN*');
    expect(wa.text).not.toContain('mengundang');
    expect(wa.problems).toEqual([]);
    const mail = buildEmailText(meeting, invitationSettings());
    expect(mail.subject).toMatch(/^DIBATALKAN: .+ - Rabu, 25 Mei 2022$/);
    expect(mail.body).toContain('dibatalkan.');
  });
});

describe('one form of address, set in Pengaturan, in the message, the email and the letter alike', () => {
  it('writes "Saudara" by default and "Bapak/Ibu" when chosen, never the other', () => {
    const meeting = seedMeeting();
    for (const form of ['Saudara', 'Bapak/Ibu'] as const) {
      const settings = { ...invitationSettings(), formOfAddress: form };
      const other = form === 'Saudara' ? 'Bapak/Ibu' : 'Saudara';
      const wa = buildWhatsAppMessage(meeting, settings, invitationRoster()).text;
      const mail = buildEmailText(meeting, settings, invitationRoster()).body;
      for (const text of [wa, mail]) {
        expect(text).toContain(`kami mengundang ${form} untuk mengikuti`);
        expect(text).toContain(`kehadiran ${form} kami ucapkan`);
        expect(text).not.toContain(other);
      }
    }
    expect(invitationSettings().formOfAddress).toBe('Saudara');
  });
});
