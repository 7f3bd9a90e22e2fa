// Handlers of the invitations: the Undangan screen's preview, the letter and calendar files
// one by one or all together, the per-unit sent record, cancelling a meeting, and the
// user's wording of the message templates.
import { unprintableWarning } from '../../shared/domain/setup-warnings';
import path from 'node:path';
import JSZip from 'jszip';
import { MIME } from '../../shared/contract/define';
import type { invitationsContract, InvitationPreview, InvitationWarning, LetterFormInput } from '../../shared/contract/invitations';
import type { Meeting } from '../../shared/domain/meeting';
import type { Roster } from '../../shared/domain/roster';
import type { Settings } from '../../shared/domain/settings';
import { utcToZoned } from '../../shared/domain/datetime';
import { AppError, errors } from '../../shared/errors';
import {
  buildCancelIcs,
  buildCombinedIcs,
  buildEmailText,
  buildUnitIcs,
  buildWhatsAppMessage,
  checkIcsReadiness,
  icsFileName,
  invitationChangedSinceSent,
  invitationFingerprint,
  inviteesOf,
  nextInvitationRecord,
  pendingSequence,
  usableEmail,
} from '../../shared/invitations';
import { invitedUnits, joinIndonesian, unitNameOf } from '../../shared/domain/meeting-words';
import { kopMissing } from '../../shared/domain/kop';
import { buildInvitationLetterDocx } from '../../shared/documents/letter-docx';
import { roleById } from '../../shared/domain/roles';
import { TEMPLATES } from '../../templates/index';
import { activeMeeting, commitMeeting } from './meeting-write';
import { buildInvitationEml, EML_MIME, emlFileName } from '../documents/invitation-eml';
import type { HandlerDeps, HandlerMap } from './types';
import { fileResult } from './file-result';
import { itemAt } from '../../shared/indexed';
import { fileNameOf } from '../../shared/text/file-name';
import { unitsWordOf } from '../../shared/domain/org-words';

type InvitationMethods = keyof typeof invitationsContract;

const encoder = new TextEncoder();

interface Sources {
  meeting: Meeting;
  roster: Roster;
  settings: Settings;
}

function sources(deps: HandlerDeps, id: string): Sources {
  return { meeting: activeMeeting(deps, id), roster: deps.store.getRoster(), settings: deps.store.getSettings() };
}

/** The day a letter without its own date is dated: today where the commission sits. */
function exportDate(deps: HandlerDeps, settings: Settings): string {
  return utcToZoned(deps.clock(), settings.defaultTimeZone).date;
}

function cancelledError(): AppError {
  return new AppError('cancelled', 'Rapat ini sudah dibatalkan. Unduh berkas pembatalan (.ics) untuk peserta, atau aktifkan kembali rapat terlebih dahulu.');
}

function requireInvitedUnit(s: Sources, unitCode: string): void {
  if (!s.meeting.unitsInvited.includes(unitCode)) {
    throw errors.invalidInput([`${unitNameOf(s.roster, unitCode)} tidak termasuk KPU yang diundang pada rapat ini.`]);
  }
}

function letterFileName(meeting: Meeting, form: LetterFormInput, ext: 'docx' | 'pdf' = 'docx'): string {
  return fileNameOf(['surat-undangan', form === 'per-unit' ? 'per-kpu' : '', 'rakor', meeting.date], ext, '-');
}

const MIME_PDF = 'application/pdf';

/** The letter's print view as PDF through the desktop app's renderer; null where there is none (browser mode). */
async function letterPdf(s: Sources, form: LetterFormInput, deps: HandlerDeps): Promise<Uint8Array | null> {
  if (!deps.printToPdf) return null;
  return deps.printToPdf({ kind: 'letter', id: s.meeting.id, form }, s.settings.paper);
}

function messageFileName(meeting: Meeting): string {
  return fileNameOf(['pesan-undangan-rakor', meeting.date], 'txt', '-');
}

/**
 * The WhatsApp message and the email in one text file. CRLF and a BOM, so Notepad on the
 * office computers shows the lines and the accented names as they are.
 */
function messageText(s: Sources): string {
  const wa = buildWhatsAppMessage(s.meeting, s.settings, s.roster);
  const email = buildEmailText(s.meeting, s.settings, s.roster);
  const text = ['PESAN WHATSAPP', '==============', '', wa.text, '', '', 'EMAIL', '=====', '', `Subjek: ${email.subject}`, '', email.body, ''].join('\n');
  return `\uFEFF${text.replace(/\r?\n/g, '\r\n')}`;
}

function warningsOf(s: Sources): InvitationWarning[] {
  const { meeting, roster, settings } = s;
  const out: InvitationWarning[] = [];
  if (meeting.unitsInvited.length === 0) {
    out.push({ code: 'no_units', severity: 'warning', message: `Belum ada ${unitsWordOf(settings)} yang diundang pada rapat ini.` });
  }
  if (meeting.letter.number.trim() === '') {
    out.push({
      code: 'no_letter_number',
      severity: 'warning',
      message: 'Nomor surat undangan belum diisi; surat akan tercetak dengan Nomor kosong.',
    });
  }
  const missing = kopMissing(settings.organisation);
  if (missing.length) {
    out.push({
      code: 'kop_incomplete',
      severity: 'warning',
      message: `Kop surat belum lengkap: ${joinIndonesian(missing)} belum diisi di Pengaturan. Surat dan notulen tercetak tanpa data itu.`,
    });
  }
  const unprintable = unprintableWarning(meeting, settings);
  if (unprintable) out.push({ code: 'unprintable_chars', severity: 'warning', message: unprintable });
  for (const issue of checkIcsReadiness(meeting, roster, settings)) {
    out.push({ code: issue.code, severity: issue.severity, message: issue.message, ...(issue.unitCode ? { unitCode: issue.unitCode } : {}) });
  }
  return out;
}

function unitRows(s: Sources): InvitationPreview['units'] {
  const { meeting, roster } = s;
  const invitees = inviteesOf(meeting, roster);
  return invitedUnits(meeting, roster).map((unit) => {
    const here = invitees.filter((i) => i.unitCode === unit.code);
    const missingRoles = meeting.rolesInvited.filter((r) => !here.some((i) => i.roleId === r)).map((r) => roleById(roster.roles, r)?.short ?? r);
    return {
      code: unit.code,
      name: unitNameOf(roster, unit.code),
      people: here.map((i) => ({
        roleId: i.roleId,
        roleLabel: i.roleLabel,
        roleShort: roleById(roster.roles, i.roleId)?.short ?? i.roleLabel,
        name: i.person.name.trim(),
        email: i.person.email.trim(),
        emailUsable: usableEmail(i.person.email) !== null,
        phone: i.person.phone,
      })),
      missingRoles,
      sentAt: meeting.invitations.sentUnits[unit.code] ?? '',
    };
  });
}

interface NamedFile {
  name: string;
  bytes: Uint8Array;
}

/** Everything "Ekspor semua" writes, in the order a user reads it. */
async function allFiles(s: Sources, form: LetterFormInput, deps: HandlerDeps): Promise<NamedFile[]> {
  const stamp = { stamp: deps.clock().toISOString() };
  const files: NamedFile[] = [];
  files.push({
    name: letterFileName(s.meeting, form),
    bytes: await buildInvitationLetterDocx(s.meeting, s.roster, s.settings, form, exportDate(deps, s.settings)),
  });
  files.push({ name: messageFileName(s.meeting), bytes: encoder.encode(messageText(s)) });
  files.push({
    name: `kalender/${icsFileName(s.meeting, s.roster)}`,
    bytes: encoder.encode(buildCombinedIcs(s.meeting, s.roster, s.settings, stamp)),
  });
  for (const unit of invitedUnits(s.meeting, s.roster)) {
    files.push({
      name: `kalender/${icsFileName(s.meeting, s.roster, unit.code)}`,
      bytes: encoder.encode(buildUnitIcs(s.meeting, s.roster, s.settings, unit.code, stamp)),
    });
  }
  // Every draft carries the one letter to all units (and its PDF in the desktop app); both are built once.
  const letterToAll =
    form === 'all' ? itemAt(files, 0).bytes : await buildInvitationLetterDocx(s.meeting, s.roster, s.settings, 'all', exportDate(deps, s.settings));
  const pdfToAll = await letterPdf(s, 'all', deps);
  for (const unit of invitedUnits(s.meeting, s.roster)) {
    const eml = await unitEml(s, unit.code, deps, { docx: letterToAll, pdf: pdfToAll });
    files.push({ name: `email/${eml.name}`, bytes: eml.bytes });
  }
  return files;
}

/**
 * One unit's email draft: the letter to all units (with the list of units attached) as DOCX,
 * its PDF where the desktop app can print one, and the unit's .ics.
 */
async function unitEml(s: Sources, unitCode: string, deps: HandlerDeps, built?: { docx: Uint8Array; pdf: Uint8Array | null }): Promise<NamedFile> {
  const stamp = { stamp: deps.clock().toISOString() };
  const letter = built?.docx ?? (await buildInvitationLetterDocx(s.meeting, s.roster, s.settings, 'all', exportDate(deps, s.settings)));
  const pdf = built ? built.pdf : await letterPdf(s, 'all', deps);
  const icsName = icsFileName(s.meeting, s.roster, unitCode);
  const eml = await buildInvitationEml(
    s.meeting,
    s.roster,
    s.settings,
    unitCode,
    [
      { name: letterFileName(s.meeting, 'all'), bytes: letter, contentType: MIME.docx },
      ...(pdf ? [{ name: letterFileName(s.meeting, 'all', 'pdf'), bytes: pdf, contentType: MIME_PDF }] : []),
      {
        name: icsName,
        bytes: encoder.encode(buildUnitIcs(s.meeting, s.roster, s.settings, unitCode, stamp)),
        contentType: 'text/calendar; charset=utf-8; method=REQUEST',
      },
    ],
    deps.clock(),
  );
  return { name: emlFileName(icsName), bytes: eml.bytes };
}

export const invitationHandlers: HandlerMap<InvitationMethods> = {
  async 'invitations/preview'(input, deps) {
    const s = sources(deps, input.id);
    const wa = buildWhatsAppMessage(s.meeting, s.settings, s.roster);
    const email = buildEmailText(s.meeting, s.settings, s.roster);
    const problems = [...new Set([...wa.problems, ...email.problems].map((p) => p.message))];
    return {
      whatsapp: wa.text,
      email: { subject: email.subject, body: email.body },
      templateProblems: problems,
      warnings: warningsOf(s),
      calendar: {
        sequence: pendingSequence(s.meeting),
        changedSinceSent: invitationChangedSinceSent(s.meeting),
        everSent: s.meeting.invitations.sentFingerprint !== '',
      },
      units: unitRows(s),
      cancelled: s.meeting.status === 'batal',
    };
  },

  async 'invitations/export-letter'(input, deps) {
    const s = sources(deps, input.id);
    if (s.meeting.status === 'batal') throw cancelledError();
    const bytes = await buildInvitationLetterDocx(s.meeting, s.roster, s.settings, input.form, exportDate(deps, s.settings));
    return fileResult(letterFileName(s.meeting, input.form), MIME.docx, bytes);
  },

  async 'invitations/print-pdf'(input, deps) {
    const s = sources(deps, input.id);
    if (s.meeting.status === 'batal') throw cancelledError();
    const bytes = await letterPdf(s, input.form, deps);
    if (!bytes) {
      throw new AppError(
        'unsupported',
        'Simpan sebagai PDF langsung hanya tersedia di aplikasi desktop. Di browser, pilih "Cetak / Simpan PDF" lalu tujuan "Simpan sebagai PDF".',
      );
    }
    return fileResult(letterFileName(s.meeting, input.form, 'pdf'), MIME_PDF, bytes);
  },

  async 'invitations/export-ics'(input, deps) {
    const s = sources(deps, input.id);
    if (s.meeting.status === 'batal') throw cancelledError();
    const stamp = { stamp: deps.clock().toISOString() };
    if (input.unitCode === undefined) {
      return fileResult(icsFileName(s.meeting, s.roster), MIME.ics, encoder.encode(buildCombinedIcs(s.meeting, s.roster, s.settings, stamp)));
    }
    requireInvitedUnit(s, input.unitCode);
    const text = buildUnitIcs(s.meeting, s.roster, s.settings, input.unitCode, stamp);
    return fileResult(icsFileName(s.meeting, s.roster, input.unitCode), MIME.ics, encoder.encode(text));
  },

  async 'invitations/export-eml'(input, deps) {
    const s = sources(deps, input.id);
    if (s.meeting.status === 'batal') throw cancelledError();
    requireInvitedUnit(s, input.unitCode);
    const f = await unitEml(s, input.unitCode, deps);
    return fileResult(f.name, EML_MIME, f.bytes);
  },

  async 'invitations/export-cancel'(input, deps) {
    const s = sources(deps, input.id);
    if (s.meeting.status !== 'batal') {
      throw errors.invalidInput(['Berkas pembatalan hanya tersedia untuk rapat yang sudah dibatalkan (tombol "Batalkan rapat").']);
    }
    if (input.unitCode !== undefined) requireInvitedUnit(s, input.unitCode);
    const text = buildCancelIcs(s.meeting, s.roster, s.settings, { stamp: deps.clock().toISOString(), unitCode: input.unitCode });
    return fileResult(icsFileName(s.meeting, s.roster, input.unitCode, true), MIME.ics, encoder.encode(text));
  },

  async 'invitations/export-all'(input, deps) {
    const s = sources(deps, input.id);
    if (s.meeting.status === 'batal') throw cancelledError();
    const files = await allFiles(s, input.form, deps);
    const bundle = fileNameOf(['undangan-rakor', s.meeting.date], '', '-');
    const fileNames = files.map((f) => f.name);
    if (deps.saveFilesToFolder) {
      let folder: string | null;
      try {
        folder = await deps.saveFilesToFolder(files.map((f) => ({ name: `${bundle}/${f.name}`, bytes: f.bytes })));
      } catch (err) {
        const code = (err as NodeJS.ErrnoException)?.code ?? 'tanpa keterangan';
        throw new AppError(
          'write_failed',
          `Berkas undangan tidak dapat ditulis ke folder yang dipilih (${code}). Pilih folder lain, mis. Dokumen, lalu coba lagi.`,
        );
      }
      if (folder === null) return { kind: 'cancelled' };
      return { kind: 'folder', folder: path.join(folder, bundle), fileNames };
    }
    const zip = new JSZip();
    // A fixed date keeps the archive identical for identical content (and free of the server clock's zone).
    const date = deps.clock();
    for (const f of files) zip.file(`${bundle}/${f.name}`, f.bytes, { date });
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    return { kind: 'zip', file: fileResult(fileNameOf([bundle], 'zip'), MIME.zip, bytes), fileNames };
  },

  async 'invitations/mark-sent'(input, deps) {
    const s = sources(deps, input.id);
    if (s.meeting.status === 'batal') throw cancelledError();
    for (const code of input.unitCodes) requireInvitedUnit(s, code);
    const sentAt = new Date(input.sentAt ?? deps.clock().toISOString()).toISOString();
    const next: Meeting = {
      ...s.meeting,
      invitations: nextInvitationRecord(s.meeting, sentAt, input.unitCodes),
    };
    return commitMeeting(deps, s.meeting, next);
  },

  async 'invitations/unmark-sent'(input, deps) {
    const m = activeMeeting(deps, input.id);
    const sentUnits = { ...m.invitations.sentUnits };
    for (const code of input.unitCodes) delete sentUnits[code];
    const next: Meeting = { ...m, invitations: { ...m.invitations, sentUnits } };
    return commitMeeting(deps, m, next);
  },

  async 'meetings/cancel'(input, deps) {
    const m = activeMeeting(deps, input.id);
    if (m.minutes.status === 'final') throw errors.locked();
    if (m.status === 'batal') return m;
    const next: Meeting = { ...m, status: 'batal' };
    return commitMeeting(deps, m, next);
  },

  async 'meetings/reactivate'(input, deps) {
    const m = activeMeeting(deps, input.id);
    if (m.status !== 'batal') return m;
    // The cancellation went out with SEQUENCE pending + 1; the renewed invitation must rank
    // above it, or calendars keep the event cancelled. Nobody has the renewed one yet.
    const next: Meeting = {
      ...m,
      status: 'aktif',
      invitations: { sequence: pendingSequence(m) + 2, sentFingerprint: invitationFingerprint(m), sentUnits: {} },
    };
    return commitMeeting(deps, m, next);
  },

  async 'templates/save'(input, deps) {
    if (!TEMPLATES.some((t) => t.key === input.key)) throw errors.invalidInput([`Templat tidak dikenal: ${input.key}`]);
    const settings = deps.store.getSettings();
    const templates = { ...settings.templates };
    if (input.text.trim() === '') delete templates[input.key];
    else templates[input.key] = input.text;
    const next: Settings = { ...settings, templates };
    deps.store.saveSettings(next);
    return next;
  },
};
