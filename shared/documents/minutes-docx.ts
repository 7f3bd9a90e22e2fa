// The minutes (notulen rapat) and the attendance list (daftar hadir) as DOCX bytes, laid
// out like the minutes the commission signs: facts block, course of the meeting speaker by
// speaker, conclusions, follow-ups, signatures, and the attendance list as attachment.
import { HeightRule, Paragraph, Table, TableRow, type Header, type ISectionOptions, type TextRun } from 'docx';
import type { AttendanceStatus, CarriedFollowUp, FollowUp, Meeting, ProgressByUnit, Segment } from '../domain/meeting';
import { assigneesText, progressLines } from '../domain/follow-ups';
import type { Roster } from '../domain/roster';
import { attendeeOf, attendeeText } from '../domain/attendee-name';
import type { Settings } from '../domain/settings';
import { roleById } from '../domain/roles';
import { shortUnitName, type Unit } from '../domain/units';
import { formatDateLong, formatDayDate, formatInstant, formatTime, formatTimeRange } from '../domain/datetime';
import { attendanceCounts, type AttendanceCounts } from '../domain/attendance';
import { renderTemplate } from '../templates/render';
import { templateText } from '../../templates/index';
import { unitsGroupName, unitsWordOf } from '../domain/org-words';
import {
  SMALL_SIZE,
  TABLE_SIZE,
  blank,
  cell,
  documentAuthor,
  fixedTable,
  labelValueBlock,
  labelWidths,
  letterhead,
  newDocument,
  numbered,
  packDocument,
  pageGeometry,
  pageNumberFooter,
  para,
  run,
  sectionPage,
  textHeader,
  type PageGeometry,
} from './common';
import {
  DASH,
  absentUnitsInWords,
  agendaItems,
  invitedRolesInWords,
  invitedUnits,
  letterLabel,
  minutesTimes,
  personInWords,
  placeInDocument,
  roleCountsInWords,
  speakerTime,
  speakerWho,
} from '../domain/meeting-words';
import { unitReportsSection } from './unit-reports-docx';

export { attendanceCounts, type AttendanceCounts } from '../domain/attendance';

export const SEGMENT_LABELS: Record<Segment, string> = {
  pembukaan: 'Pembukaan/Sambutan',
  pengarahan: 'Pengarahan/Paparan',
  tanya_jawab: 'Tanya Jawab',
  penutup: 'Penutup',
  lainnya: 'Lainnya',
};

export const STATUS_LABELS: Record<AttendanceStatus, string> = {
  hadir: 'Hadir',
  terlambat: 'Terlambat',
  izin: 'Izin',
  tidak_hadir: 'Tidak hadir',
};

const FOLLOW_UP_LABELS: Record<FollowUp['status'], string> = {
  belum: 'Belum',
  proses: 'Proses',
  selesai: 'Selesai',
};

/** Indent of the text under a lettered heading ("A. Jalannya Rapat"). */
const STEP = 425;
const ATTENDANCE_SIZE = 18;

/** The follow-ups as the minutes print them: progress per unit and those carried from earlier meetings. */
export interface MinutesFollowUps {
  progress: Record<string, ProgressByUnit>;
  carried: CarriedFollowUp[];
}

interface MinutesContext {
  followUps?: MinutesFollowUps;
  meeting: Meeting;
  roster: Roster;
  settings: Settings;
  geom: PageGeometry;
  counts: AttendanceCounts;
}

function fill(settings: Settings, key: string, values: Record<string, string>): string {
  return renderTemplate(templateText(key, settings.templates), values).text;
}

function heading(text: string): Paragraph {
  return para(text, { bold: true, before: 240, after: 120, keepNext: true });
}

function participantsValue(ctx: MinutesContext): Paragraph[] {
  const { meeting, roster, settings, counts } = ctx;
  const out = [
    para(
      fill(settings, 'minutes.participants', {
        unit_hadir: String(counts.unitsPresent),
        unit_diundang: String(counts.unitsInvited),
        orang_hadir: String(counts.peoplePresent),
        satuan: unitsWordOf(settings),
        peran: invitedRolesInWords(meeting, roster),
      }),
    ),
  ];
  const perRole = roleCountsInWords(meeting, roster, counts);
  if (perRole) out.push(para(`terdiri atas ${perRole}`, { size: SMALL_SIZE }));
  const absent = absentUnitsInWords(roster, counts);
  if (absent) out.push(para(`tidak hadir: ${absent}`, { size: SMALL_SIZE }));
  out.push(para('(daftar hadir terlampir)', { size: SMALL_SIZE, italics: true }));
  return out;
}

function factsBlock(ctx: MinutesContext): Table {
  const m = ctx.meeting;
  const { start, end } = minutesTimes(m);
  const agenda = agendaItems(m);
  const acara = agenda.length === 1 ? [para(agenda[0]!)] : agenda.map((a, i) => numbered(`${i + 1}.`, a, { indent: 400, hanging: 400 }));
  return labelValueBlock(
    [
      { label: 'Hari/Tanggal', value: formatDayDate(m.date) },
      { label: 'Waktu', value: formatTimeRange(start, end, m.timeZone) },
      { label: 'Tempat', value: placeInDocument(m) },
      { label: 'Pimpinan Rapat', value: personInWords(m.chair) },
      { label: 'Notulis', value: personInWords(m.notetaker) },
      { label: 'Peserta', value: participantsValue(ctx) },
      { label: 'Acara', value: acara, flow: true },
    ],
    labelWidths(ctx.geom.textWidth, 2100),
    { rowGap: 60 },
  );
}

function courseOfMeeting(ctx: MinutesContext): Paragraph[] {
  const m = ctx.meeting;
  const out: Paragraph[] = [];
  const { start } = minutesTimes(m);
  if (m.chair.name.trim()) {
    out.push(
      para(fill(ctx.settings, 'minutes.opening', { waktu_buka: `${formatTime(start)} ${m.timeZone}`, pimpinan: personInWords(m.chair), acara: m.title }), {
        indent: STEP,
        align: 'justify',
        after: 120,
      }),
    );
  }
  if (!m.speakers.length) {
    out.push(para('Belum ada catatan pembicara.', { indent: STEP, italics: true }));
    return out;
  }
  m.speakers.forEach((s, i) => {
    const who = speakerWho(s, ctx.roster);
    const when = speakerTime(s, m.timeZone);
    const title: TextRun[] = [run(s.name.trim() || DASH, { bold: true })];
    if (who) title.push(run(`, ${who}`));
    title.push(run(` — ${SEGMENT_LABELS[s.segment]}`, { italics: true }));
    if (when) title.push(run(` (${when})`, { size: SMALL_SIZE }));
    out.push(numbered(`${i + 1}.`, title, { indent: STEP * 2, hanging: STEP, before: i ? 120 : 0, after: 60, keepNext: s.points.length > 0 }));
    const points = s.points.map((p) => p.trim()).filter(Boolean);
    points.forEach((p, j) => out.push(numbered(`${letterLabel(j)}.`, p, { indent: STEP * 3, hanging: STEP, align: 'justify', after: 40 })));
  });
  return out;
}

function conclusions(ctx: MinutesContext): Paragraph[] {
  const xs = ctx.meeting.minutes.conclusions.map((c) => c.trim()).filter(Boolean);
  if (!xs.length) return [para('Tidak ada kesimpulan yang dicatat.', { indent: STEP, italics: true })];
  return xs.map((c, i) => numbered(`${i + 1}.`, c, { indent: STEP * 2, hanging: STEP, align: 'justify', after: 60 }));
}

function followUpTable(ctx: MinutesContext): Array<Paragraph | Table> {
  const items = ctx.meeting.minutes.followUps.filter((f) => f.action.trim() || f.responsible.trim());
  if (!items.length) return [para('Tidak ada tindak lanjut yang dicatat.', { indent: STEP, italics: true })];
  const total = ctx.geom.textWidth - STEP;
  const noW = 520;
  const dueW = 1500;
  // Per-unit counts ("Belum: 3 dari 38") need a wider column than one status word.
  const statusW = ctx.followUps ? 1400 : 1000;
  const respW = Math.round((total - noW - dueW - statusW) * 0.4);
  const actionW = total - noW - dueW - statusW - respW;
  const widths = [noW, actionW, respW, dueW, statusW];
  const h = (w: number, t: string) => cell(w, [para(t, { bold: true, align: 'center', size: TABLE_SIZE })], { shade: true, vCenter: true });
  const c = (w: number, t: string, align: 'left' | 'center' = 'left') => cell(w, [para(t, { size: TABLE_SIZE, align })]);
  const rows = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: [h(noW, 'No.'), h(actionW, 'Tindak Lanjut'), h(respW, 'Penanggung Jawab'), h(dueW, 'Batas Waktu'), h(statusW, 'Status')],
    }),
    ...items.map(
      (f, i) =>
        new TableRow({
          cantSplit: true,
          children: [
            c(noW, `${i + 1}.`, 'center'),
            c(actionW, f.action.trim()),
            c(respW, [f.responsible.trim(), assigneesText(f, ctx.roster.units, { province: ctx.settings.organizerName })].filter(Boolean).join('; ') || DASH),
            c(dueW, f.dueDate ? formatDateLong(f.dueDate) : DASH, 'center'),
            cell(
              statusW,
              (ctx.followUps?.progress[f.id]
                ? progressLines(ctx.followUps.progress[f.id]!, ctx.roster.units, { short: true, counts: true })
                : [FOLLOW_UP_LABELS[f.status]]
              ).map((x) => para(x, { size: TABLE_SIZE, align: 'center' })),
            ),
          ],
        }),
    ),
  ];
  return [fixedTable(widths, rows, { borders: true, indent: STEP, cellMargins: { top: 30, bottom: 30, left: 80, right: 80 } })];
}

/** "D. Tindak Lanjut Rapat Sebelumnya": the follow-ups carried from earlier meetings of the series, per unit. */
function carriedTable(ctx: MinutesContext, carried: CarriedFollowUp[]): Array<Paragraph | Table> {
  const total = ctx.geom.textWidth - STEP;
  const noW = 520;
  const dueW = 1500;
  const stateW = Math.round((total - noW - dueW) * 0.45);
  const actionW = total - noW - dueW - stateW;
  const widths = [noW, actionW, dueW, stateW];
  const h = (w: number, t: string) => cell(w, [para(t, { bold: true, align: 'center', size: TABLE_SIZE })], { shade: true, vCenter: true });
  const lines = (w: number, xs: string[], align: 'left' | 'center' = 'left') =>
    cell(
      w,
      xs.map((x) => para(x, { size: TABLE_SIZE, align })),
    );
  const rows = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: [h(noW, 'No.'), h(actionW, 'Tindak Lanjut (rapat asal)'), h(dueW, 'Batas Waktu'), h(stateW, 'Keadaan per Unit')],
    }),
    ...carried.map(
      (c, i) =>
        new TableRow({
          children: [
            lines(noW, [`${i + 1}.`], 'center'),
            lines(actionW, [c.followUp.action.trim() || DASH, `(${c.meetingTitle}, ${c.meetingDate ? formatDateLong(c.meetingDate) : DASH})`]),
            lines(dueW, [c.followUp.dueDate ? formatDateLong(c.followUp.dueDate) : DASH], 'center'),
            lines(stateW, progressLines(c.progress, ctx.roster.units, { short: true, notes: true })),
          ],
        }),
    ),
  ];
  return [fixedTable(widths, rows, { borders: true, indent: STEP, cellMargins: { top: 30, bottom: 30, left: 80, right: 80 } })];
}

function signatures(ctx: MinutesContext): Table {
  const m = ctx.meeting;
  const half = Math.floor(ctx.geom.textWidth / 2);
  const widths: [number, number] = [half, ctx.geom.textWidth - half];
  const place = ctx.settings.organisation.city.trim() || m.letter.place.trim();
  const block = (role: string, p: { name: string; jabatan: string }) => [
    para(`${role},`, { align: 'center' }),
    blank(),
    blank(),
    blank(),
    blank(),
    para(p.name.trim() || '(.................................)', { align: 'center', bold: true, underline: !!p.name.trim() }),
    ...(p.jabatan.trim() ? [para(p.jabatan.trim(), { align: 'center', size: SMALL_SIZE })] : []),
  ];
  return fixedTable(widths, [
    new TableRow({
      cantSplit: true,
      children: [cell(widths[0], []), cell(widths[1], [para(`${place ? `${place}, ` : ''}${formatDateLong(m.date)}`, { align: 'center' })])],
    }),
    new TableRow({
      cantSplit: true,
      children: [cell(widths[0], block('Notulis', m.notetaker)), cell(widths[1], block('Pimpinan Rapat', m.chair))],
    }),
  ]);
}

/** Options of the daftar hadir on its own. */
export interface AttendanceListOptions {
  /**
   * A Paraf column beside each role's name, for a luring or hybrid meeting whose list is
   * passed round the room to sign; the page turns sideways and rows are tall enough to sign in.
   */
  signatures?: boolean;
}

/** Height of a row with room for a paraf (0.8 cm). */
const SIGNATURE_ROW = 454;

/**
 * Paper direction and font of the attendance table: three roles fit upright, more (or a
 * Paraf column) turn the page.
 */
function attendanceLayout(paper: Settings['paper'], roleCount: number, signatures = false): { geom: PageGeometry; size: number } {
  if (roleCount <= 3 && !signatures) return { geom: pageGeometry(paper), size: ATTENDANCE_SIZE };
  return { geom: pageGeometry(paper, true), size: roleCount <= 5 ? ATTENDANCE_SIZE : 16 };
}

function attendanceTable(meeting: Meeting, roster: Roster, settings: Settings, geom: PageGeometry, size: number, options: AttendanceListOptions = {}): Table {
  const roles = meeting.rolesInvited;
  const n = Math.max(1, roles.length);
  const noW = 480;
  const unitW = 1700;
  const perRole = Math.floor((geom.textWidth - noW - unitW) / n);
  const signW = options.signatures ? Math.round(perRole * 0.3) : 0;
  // "Tidak hadir" in 9 pt needs about 1050 twips with the cell margins; narrower columns wrap it.
  const statusW = Math.min(1050, Math.max(700, Math.round((perRole - signW) * 0.46)));
  const nameW = perRole - statusW - signW;
  const perRoleWidths = signW ? [nameW, statusW, signW] : [nameW, statusW];
  const widths = [noW, unitW, ...roles.flatMap(() => perRoleWidths)];

  const t = (w: number, text: string, o: { bold?: boolean; center?: boolean } = {}) =>
    cell(w, [para(text, { size, bold: o.bold, align: o.center ? 'center' : undefined })]);
  const h = (w: number, text: string, o: { columnSpan?: number; rowSpan?: number } = {}) =>
    cell(w, [para(text, { size, bold: true, align: 'center' })], { ...o, shade: true, vCenter: true });

  const header1 = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      h(noW, 'No.', { rowSpan: 2 }),
      h(unitW, unitsGroupName(roster.units.filter((u) => !u.unlisted)), { rowSpan: 2 }),
      ...roles.map((id) => h(perRole, roleById(roster.roles, id)?.short ?? id, { columnSpan: perRoleWidths.length })),
    ],
  });
  const header2 = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: roles.flatMap(() => [h(nameW, 'Nama'), h(statusW, 'Ket.'), ...(signW ? [h(signW, 'Paraf')] : [])]),
  });
  const units: Unit[] = invitedUnits(meeting, roster);
  const body = units.map((u, i) => {
    const cells = meeting.attendance[u.code]?.cells ?? {};
    const children = [t(noW, `${i + 1}.`, { center: true }), t(unitW, shortUnitName(u))];
    for (const id of roles) {
      const c = cells[id];
      const status = c?.status ?? null;
      const name = attendeeText(attendeeOf(c, roster, u.code, id));
      children.push(t(nameW, name), t(statusW, status ? STATUS_LABELS[status] : DASH, { center: true }));
      if (signW) children.push(t(signW, ''));
    }
    return new TableRow({
      cantSplit: true,
      children,
      ...(signW ? { height: { value: SIGNATURE_ROW, rule: HeightRule.ATLEAST } } : {}),
    });
  });
  return fixedTable(widths, [header1, header2, ...body], {
    borders: true,
    cellMargins: { top: 10, bottom: 10, left: 60, right: 60 },
  });
}

function attendanceHeading(meeting: Meeting, roster: Roster, settings: Settings, counts: AttendanceCounts, lead: string): Paragraph[] {
  const out: Paragraph[] = [];
  if (lead) out.push(para(lead, { size: SMALL_SIZE, italics: true }));
  out.push(
    para(fill(settings, 'minutes.attendance-title', { acara: meeting.title, hari_tanggal: formatDayDate(meeting.date) }), {
      bold: true,
      align: 'center',
      size: 26,
      before: lead ? 120 : 0,
    }),
    para(meeting.title, { bold: true, align: 'center' }),
    para(`${formatDayDate(meeting.date)} · ${placeInDocument(meeting)}`, { align: 'center', size: SMALL_SIZE }),
    para(`Hadir: ${counts.unitsPresent} dari ${counts.unitsInvited} ${unitsWordOf(settings)}, ${counts.peoplePresent} orang`, {
      align: 'center',
      size: SMALL_SIZE,
      after: 200,
    }),
  );
  return out;
}

function context(meeting: Meeting, roster: Roster, settings: Settings): MinutesContext {
  return { meeting, roster, settings, geom: pageGeometry(settings.paper), counts: attendanceCounts(meeting) };
}

function draftHeader(meeting: Meeting, settings: Settings, generatedAt: string | undefined): Header | undefined {
  if (meeting.minutes.status !== 'draft') return undefined;
  let dicetak = '';
  if (generatedAt && !Number.isNaN(new Date(generatedAt).getTime())) {
    dicetak = ` (dicetak ${formatInstant(generatedAt, meeting.timeZone)})`;
  }
  return textHeader(fill(settings, 'minutes.draft-mark', { dicetak }), { bold: true, color: 'C00000', size: SMALL_SIZE });
}

export async function buildMinutesDocx(
  meeting: Meeting,
  roster: Roster,
  settings: Settings,
  opts: { generatedAt?: string; followUps?: MinutesFollowUps } = {},
): Promise<Uint8Array> {
  return packDocument(newDocument(`Notulen - ${meeting.title}`, minutesSections(meeting, roster, settings, opts), documentAuthor(settings)));
}

/** The minutes and their attendance list as sections, for the minutes file and the laporan kegiatan's attachment. */
export function minutesSections(
  meeting: Meeting,
  roster: Roster,
  settings: Settings,
  opts: { generatedAt?: string; followUps?: MinutesFollowUps } = {},
): [ISectionOptions, ...ISectionOptions[]] {
  const ctx = { ...context(meeting, roster, settings), followUps: opts.followUps };
  const carried = opts.followUps?.carried ?? [];
  const m = meeting;
  const header = draftHeader(m, settings, opts.generatedAt);
  const { end } = minutesTimes(m);
  const closing = end
    ? [para(fill(settings, 'minutes.closing', { waktu_tutup: `${formatTime(end)} ${m.timeZone}`, acara: m.title }), { before: 240, keepNext: true })]
    : [];
  const main: Array<Paragraph | Table> = [
    ...letterhead(settings.organisation, ctx.geom.textWidth),
    para(fill(settings, 'minutes.title', { acara: m.title }), { bold: true, align: 'center', size: 28 }),
    para(m.title, { bold: true, align: 'center', after: 240 }),
    factsBlock(ctx),
    heading('A. Jalannya Rapat'),
    ...courseOfMeeting(ctx),
    heading('B. Kesimpulan'),
    ...conclusions(ctx),
    heading('C. Tindak Lanjut'),
    ...followUpTable(ctx),
    ...(carried.length ? [heading('D. Tindak Lanjut Rapat Sebelumnya'), ...carriedTable(ctx, carried)] : []),
    ...closing,
    blank(240),
    signatures(ctx),
  ];
  const layout = attendanceLayout(settings.paper, m.rolesInvited.length);
  const headers = header ? { default: header } : undefined;
  const footers = { default: pageNumberFooter() };
  const sections: [ISectionOptions, ...ISectionOptions[]] = [
    { properties: sectionPage(ctx.geom), headers, footers, children: main },
    {
      properties: sectionPage(layout.geom),
      headers: header ? { default: draftHeader(m, settings, opts.generatedAt)! } : undefined,
      footers: { default: pageNumberFooter() },
      children: [
        ...attendanceHeading(m, roster, settings, ctx.counts, 'Lampiran Notulen Rapat'),
        attendanceTable(m, roster, settings, layout.geom, layout.size),
      ],
    },
  ];
  const reports = unitReportsSection(m, roster, settings, header ? draftHeader(m, settings, opts.generatedAt) : undefined);
  if (reports) sections.push(reports);
  return sections;
}

/** The daftar hadir on its own, with the letterhead, for printing or signing apart from the minutes. */
export async function buildAttendanceListDocx(meeting: Meeting, roster: Roster, settings: Settings, options: AttendanceListOptions = {}): Promise<Uint8Array> {
  const counts = attendanceCounts(meeting);
  const layout = attendanceLayout(settings.paper, meeting.rolesInvited.length, options.signatures);
  const section: ISectionOptions = {
    properties: sectionPage(layout.geom),
    footers: { default: pageNumberFooter() },
    children: [
      ...letterhead(settings.organisation, layout.geom.textWidth),
      ...attendanceHeading(meeting, roster, settings, counts, ''),
      attendanceTable(meeting, roster, settings, layout.geom, layout.size, options),
    ],
  };
  return packDocument(newDocument(`Daftar Hadir - ${meeting.title}`, [section], documentAuthor(settings)));
}
