// A unit's invitation as a ready-to-send email draft (.eml, RFC 5322 with MIME attachments):
// To the unit's invited people, the subject and text of the email template, the letter DOCX
// and the unit's calendar file attached, and `X-Unsent: 1`, so Outlook and Thunderbird open it
// as a draft to send rather than as a received message. Built with nodemailer's MailComposer
// (the MIME writer nodemailer itself sends with); no file or URL is ever read by it.
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Meeting } from '../../shared/domain/meeting';
import type { Roster } from '../../shared/domain/roster';
import type { Settings } from '../../shared/domain/settings';
import { buildEmailText, inviteesOf, usableEmail } from '../../shared/invitations';
import { fileNameOf } from '../../shared/text/file-name';

export const EML_MIME = 'message/rfc822';

export interface EmlAttachment {
  name: string;
  bytes: Uint8Array;
  contentType: string;
}

export interface InvitationEml {
  bytes: Uint8Array;
  /** The addresses in To:, as written. */
  to: string[];
}

/** The unit's invited people with a usable email, once each, as `Name <email>`. */
export function unitRecipients(meeting: Meeting, roster: Roster, unitCode: string): Array<{ name: string; address: string }> {
  const seen = new Set<string>();
  const out: Array<{ name: string; address: string }> = [];
  for (const i of inviteesOf(meeting, roster, unitCode)) {
    const address = usableEmail(i.person.email);
    if (!address || seen.has(address.toLowerCase())) continue;
    seen.add(address.toLowerCase());
    out.push({ name: i.person.name.trim(), address });
  }
  return out;
}

export async function buildInvitationEml(
  meeting: Meeting,
  roster: Roster,
  settings: Settings,
  unitCode: string,
  attachments: EmlAttachment[],
  date: Date,
): Promise<InvitationEml> {
  const email = buildEmailText(meeting, settings, roster);
  const to = unitRecipients(meeting, roster, unitCode);
  const organizer = usableEmail(settings.organizerEmail);
  const composer = new MailComposer({
    ...(organizer ? { from: { name: settings.organizerName.trim() || organizer, address: organizer } } : {}),
    to,
    subject: email.subject,
    text: email.body.replace(/\r?\n/g, '\r\n'),
    date,
    headers: { 'X-Unsent': '1' },
    attachments: attachments.map((a) => ({ filename: a.name, content: Buffer.from(a.bytes), contentType: a.contentType })),
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const bytes = await composer.compile().build();
  return { bytes: new Uint8Array(bytes), to: to.map((r) => r.address) };
}

/** "undangan-rakor-2022-05-25-kabupaten-tulungagung.eml" from the unit's .ics name. */
export function emlFileName(icsName: string): string {
  return fileNameOf(['undangan', icsName.replace(/\.ics$/, '')], 'eml', '-');
}
