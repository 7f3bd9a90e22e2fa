// The news item (berita) about a rakor, drafted from what the meeting record holds, in the
// style of the items KPU offices post on their websites: title, dateline, a lead with the day,
// the meeting, the host and who opened it, a paragraph per speaker, a closing. One draft is the
// host's own; every invited unit gets one of its own that names who attended from that unit.
// Rule-based: the sentences are the templates of templates/news.ts filled with recorded facts.
import { regionInWords, unitsWordOf } from '../domain/org-words';
import type { Meeting, Segment, Speaker } from '../domain/meeting';
import { attendeeOf } from '../domain/attendee-name';
import type { Roster } from '../domain/roster';
import type { Settings } from '../domain/settings';
import { attendanceCounts, isPresent } from '../domain/attendance';
import { formatDayDate, formatTime, numberInWords } from '../domain/datetime';
import { roleById, type Role } from '../domain/roles';
import { officialUnitName, type Unit } from '../domain/units';
import { agendaItems, invitedUnits, joinIndonesian, minutesTimes, organizerInWords, placeInDocument, speakerWho } from '../domain/meeting-words';
import { renderTemplate } from '../templates/render';
import { templateText } from '../../templates/index';
import { exportFileName, fileNameOf, fileNameTitle } from '../text/file-name';
import { documentAuthor, newDocument, packDocument, pageGeometry, para, sectionPage } from './common';

export interface NewsDraft {
  /** "" for the host's own item, else the unit's code. */
  unitCode: string;
  /** Whose item it is, e.g. "KPU Kabupaten Tulungagung". */
  author: string;
  title: string;
  paragraphs: string[];
}

const SEGMENT_WORDS: Record<Segment, string> = {
  pembukaan: 'pembukaan',
  pengarahan: 'pengarahan',
  tanya_jawab: 'tanya jawab',
  penutup: 'penutup',
  lainnya: 'berikutnya',
};

// Words that keep their capital inside a sentence (titles, offices, names of bodies).
const KEEP_CAPITAL = new Set([
  'Divisi',
  'Ketua',
  'Komisioner',
  'Anggota',
  'Kasubag',
  'Sekretaris',
  'Operator',
  'Pemilu',
  'Pilkada',
  'Provinsi',
  'Kabupaten',
  'Kota',
  'Tuhan',
  'Allah',
]);

/** A point as the middle of a sentence: its final stop dropped, a plain first word in lower case. */
function inSentence(point: string): string {
  const s = point.trim().replace(/[.;:,!]+$/, '');
  const first = /^[A-Z][a-z]+\b/.exec(s)?.[0];
  if (first && !KEEP_CAPITAL.has(first)) return s.charAt(0).toLowerCase() + s.slice(1);
  return s;
}

function ordinal(n: number): string {
  return n === 1 ? 'Pertama' : `Ke${numberInWords(n)}`;
}

/** One point: "bahwa …"; several: "beberapa hal. Pertama, …. Kedua, …" (the template ends the sentence). */
function pointsInWords(points: readonly string[]): string {
  const xs = points.map((p) => p.trim()).filter(Boolean);
  if (xs.length === 1) return `bahwa ${inSentence(xs[0]!)}`;
  return `beberapa hal. ${xs.map((p, i) => `${ordinal(i + 1)}, ${inSentence(p)}`).join('. ')}`;
}

/** How a role reads in a news sentence: its full label when short and plain, else its short name. */
function roleInNews(role: Role | undefined, id: string): string {
  if (!role) return id;
  return role.label.length <= 30 && !role.label.includes(',') ? role.label : role.short;
}

/** Commas, stops and spaces that an empty placeholder leaves behind. */
function tidy(text: string): string {
  return text
    .replace(/\s+pukul\s*(?=[.,])/g, '')
    .replace(/\(\s*\)/g, '')
    .replace(/,\s*-/g, ' -')
    .replace(/\s+([.,])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

function conclusionsInWords(xs: readonly string[]): string {
  if (!xs.length) return '';
  if (xs.length === 1) return `Rapat menyimpulkan bahwa ${inSentence(xs[0]!)}. `;
  return `Rapat menghasilkan beberapa kesimpulan. ${xs.map((c, i) => `${ordinal(i + 1)}, ${inSentence(c)}`).join('. ')}. `;
}

interface NewsFacts {
  meeting: Meeting;
  roster: Roster;
  settings: Settings;
  values: Record<string, string>;
}

function fill(f: NewsFacts, key: string, extra: Record<string, string> = {}): string {
  return tidy(renderTemplate(templateText(key, f.settings.templates), { ...f.values, ...extra }).text);
}

function opener(m: Meeting, roster: Roster): string {
  const first = m.speakers.find((s) => s.segment === 'pembukaan' && s.name.trim());
  const person = first ? { name: first.name.trim(), jabatan: speakerWho(first, roster) } : { name: m.chair.name.trim(), jabatan: m.chair.jabatan.trim() };
  if (person.name && person.jabatan) return `${person.jabatan}, ${person.name}`;
  return person.name || person.jabatan || 'pimpinan rapat';
}

function howInWords(m: Meeting): string {
  const place = placeInDocument(m);
  if (m.mode === 'luring') return m.location.trim() ? `luring di ${m.location.trim()}` : 'luring';
  return place.charAt(0).toLowerCase() + place.slice(1);
}

function facts(meeting: Meeting, roster: Roster, settings: Settings): NewsFacts {
  const counts = attendanceCounts(meeting);
  const { end } = minutesTimes(meeting);
  const conclusions = meeting.minutes.conclusions.map((c) => c.trim()).filter(Boolean);
  const agenda = agendaItems(meeting);
  return {
    meeting,
    roster,
    settings,
    values: {
      acara: meeting.title.trim(),
      hari_tanggal: formatDayDate(meeting.date),
      penyelenggara: organizerInWords(settings),
      cara: howInWords(meeting),
      provinsi: regionInWords(settings),
      satuan: unitsWordOf(settings),
      peserta: joinIndonesian(meeting.rolesInvited.map((id) => roleInNews(roleById(roster.roles, id), id))),
      unit_hadir: String(counts.unitsPresent),
      pembuka: opener(meeting, roster),
      waktu_tutup: end ? `${formatTime(end)} ${meeting.timeZone}` : '',
      kesimpulan: conclusionsInWords(conclusions),
      agenda: joinIndonesian(agenda.map(inSentence)),
    },
  };
}

function speakerParagraph(f: NewsFacts, s: Speaker): string {
  const who = speakerWho(s, f.roster);
  const name = s.name.trim() || who;
  const pembicara = who && s.name.trim() ? `${s.name.trim()}, ${who},` : name;
  const points = s.points.filter((p) => p.trim());
  const extra = { sesi: SEGMENT_WORDS[s.segment], pembicara, nama: name };
  return points.length ? fill(f, 'news.speaker', { ...extra, poin: pointsInWords(points) }) : fill(f, 'news.speaker.no-points', extra);
}

function body(f: NewsFacts, lead: string): string[] {
  const speakers = f.meeting.speakers.filter((s) => s.name.trim() || s.jabatan.trim() || s.points.some((p) => p.trim()));
  return [lead, ...speakers.map((s) => speakerParagraph(f, s)), fill(f, 'news.closing')];
}

function ownDraft(f: NewsFacts): NewsDraft {
  const org = f.settings.organisation;
  const awal = fill(f, 'news.dateline', { kota: org.city.trim(), laman: org.website.trim() });
  const author = organizerInWords(f.settings);
  return { unitCode: '', author, title: fill(f, 'news.title.own'), paragraphs: body(f, fill(f, 'news.lead.own', { awal })) };
}

/** Who attended from a unit, by role and, when known, by name: "Divisi Parmas (Budi), …". */
export function unitAttendeesInWords(meeting: Meeting, roster: Roster, unitCode: string): string[] {
  const cells = meeting.attendance[unitCode]?.cells ?? {};
  const out: string[] = [];
  for (const id of meeting.rolesInvited) {
    const c = cells[id];
    if (!c || !isPresent(c.status)) continue;
    const who = attendeeOf(c, roster, unitCode, id);
    const name = who.kind === 'named' ? who.name : '';
    const role = roleInNews(roleById(roster.roles, id), id);
    out.push(name ? `${role} (${name})` : role);
  }
  return out;
}

function unitDraft(f: NewsFacts, unit: Unit): NewsDraft {
  const name = officialUnitName(unit);
  const present = unitAttendeesInWords(f.meeting, f.roster, unit.code);
  const pesertaUnit = present.length ? `${joinIndonesian(present)} pada ${name}` : name;
  const extra = { unit: name };
  const awal = fill(f, 'news.dateline', { kota: unit.name, laman: '' });
  return {
    unitCode: unit.code,
    author: name,
    title: fill(f, 'news.title.unit', extra),
    paragraphs: body(f, fill(f, 'news.lead.unit', { ...extra, awal, peserta_unit: pesertaUnit })),
  };
}

/**
 * The host's own draft first, then one per invited unit in official code order; `only` narrows it
 * to the host's draft ("") or to one unit's (its code), none when that unit is not invited.
 */
export function buildNewsDrafts(meeting: Meeting, roster: Roster, settings: Settings, only?: string): NewsDraft[] {
  const f = facts(meeting, roster, settings);
  const out: NewsDraft[] = [];
  if (only === undefined || only === '') out.push(ownDraft(f));
  if (only === '') return out;
  for (const u of invitedUnits(meeting, roster)) if (only === undefined || u.code === only) out.push(unitDraft(f, u));
  return out;
}

/** The draft as plain text, ready to paste into a website's editor: title, blank line, paragraphs. */
export function newsText(d: NewsDraft): string {
  return `${d.title}\n\n${d.paragraphs.join('\n\n')}\n`;
}

/** The draft as a DOCX: the title in bold, then the paragraphs justified, on the paper from Settings. */
export async function buildNewsDocx(d: NewsDraft, settings: Settings): Promise<Uint8Array> {
  const geom = pageGeometry(settings.paper);
  const children = [para(d.title, { bold: true, size: 28, after: 240 }), ...d.paragraphs.map((p) => para(p, { align: 'justify', after: 200 }))];
  return packDocument(newDocument(`Berita - ${d.title}`, [{ properties: sectionPage(geom), children }], documentAuthor(settings)));
}

/** "Berita 2022-05-25 <rapat> - KPU Kabupaten Tulungagung.txt" */
export function newsFileName(meeting: Pick<Meeting, 'date' | 'title'>, d: NewsDraft, ext: 'docx' | 'txt'): string {
  return exportFileName('Berita', meeting.date, meeting.title, ext, ` - ${fileNameTitle(d.author)}`);
}

/** Inside the .zip: a code first, so the files sort as the units do and Kab. and Kota Malang differ. */
export function newsZipEntry(d: NewsDraft, ext: 'docx' | 'txt'): string {
  return fileNameOf([d.unitCode || '0000', fileNameTitle(d.author)], ext);
}
