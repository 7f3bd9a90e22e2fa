// The activity report (laporan kegiatan) the secretariat files after a rakor, as DOCX bytes:
// dasar, maksud dan tujuan, waktu dan tempat, peserta, jalannya kegiatan, hasil, penutup and
// the signature, then its attachments: the invitation letter, the minutes with the attendance
// list (the same sections their own files hold) and the documentation photos with captions.
import { AlignmentType, Header, ImageRun, Paragraph, Table, TableRow, type ISectionOptions } from 'docx';
import type { Meeting } from '../domain/meeting';
import type { Roster } from '../domain/roster';
import type { Settings } from '../domain/settings';
import type { Photo } from '../domain/photos';
import { attendanceCounts } from '../domain/attendance';
import { formatDateLong, formatDayDate, formatTimeRange } from '../domain/datetime';
import {
  DASH,
  absentUnitsInWords,
  agendaItems,
  joinIndonesian,
  letterLabel,
  minutesTimes,
  organizerInWords,
  placeInDocument,
  provinceName,
  roleCountsInWords,
  speakerWho,
  unitsInWords,
  invitedRolesInWords,
} from '../domain/meeting-words';
import { renderTemplate } from '../templates/render';
import { templateText } from '../../templates/index';
import { unitsWordOf } from '../domain/org-words';
import {
  documentAuthor,
  SMALL_SIZE,
  blank,
  cell,
  fixedTable,
  imageInfo,
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
  type PageGeometry,
} from './common';
import { invitationLetterSections } from './letter-docx';
import { SEGMENT_LABELS, minutesSections } from './minutes-docx';
import { decodeBase64 } from '../text/base64';

const STEP = 425;
/** Twips per pixel at 96 per inch, the unit docx sizes images in. */
const TWIPS_PER_PX = 15;
/** A photo takes at most this share of the text height, so two fit a page with their captions. */
const PHOTO_HEIGHT_SHARE = 0.4;

export const REPORT_ATTACHMENTS = ['Surat undangan', 'Notulen rapat', 'Daftar hadir', 'Foto dokumentasi'] as const;

interface ReportContext {
  meeting: Meeting;
  roster: Roster;
  settings: Settings;
  geom: PageGeometry;
  values: Record<string, string>;
}

function fill(ctx: ReportContext, key: string): string {
  return renderTemplate(templateText(key, ctx.settings.templates), ctx.values).text;
}

function heading(text: string): Paragraph {
  return para(text, { bold: true, before: 240, after: 120, keepNext: true });
}

function list(items: readonly string[], empty: string): Paragraph[] {
  const xs = items.map((i) => i.trim()).filter(Boolean);
  if (!xs.length) return [para(empty, { indent: STEP, italics: true })];
  return xs.map((x, i) => numbered(`${i + 1}.`, x, { indent: STEP * 2, hanging: STEP, align: 'justify', after: 60 }));
}

/** The references, and the invitation letter itself when it has a number. */
function dasar(ctx: ReportContext): string[] {
  const m = ctx.meeting;
  const out = [...m.references];
  if (m.letter.number.trim()) {
    const date = m.letter.letterDate ? ` tanggal ${formatDateLong(m.letter.letterDate)}` : '';
    const hal = m.letter.hal.trim() ? ` hal ${m.letter.hal.trim()}` : '';
    out.push(`Surat ${organizerInWords(ctx.settings)} Nomor ${m.letter.number.trim()}${date}${hal}.`);
  }
  return out;
}

function participants(ctx: ReportContext): Paragraph[] {
  const m = ctx.meeting;
  const counts = attendanceCounts(m);
  const lines = [
    `Peserta yang diundang: ${invitedRolesInWords(m, ctx.roster)} pada ${unitsInWords(m, ctx.roster, ctx.settings)} (${counts.unitsInvited} satuan kerja).`,
    `Peserta yang hadir: ${counts.unitsPresent} dari ${counts.unitsInvited} ${unitsWordOf(ctx.settings)}, ${counts.peoplePresent} orang.`,
  ];
  const perRole = roleCountsInWords(m, ctx.roster, counts);
  if (perRole) lines.push(`Terdiri atas ${perRole}.`);
  const absent = absentUnitsInWords(ctx.roster, counts);
  if (absent) lines.push(`Tidak hadir: ${absent}.`);
  lines.push('Daftar hadir terlampir.');
  return lines.map((l, i) => numbered(`${i + 1}.`, l, { indent: STEP * 2, hanging: STEP, align: 'justify', after: 60 }));
}

function courseOfEvents(ctx: ReportContext): Paragraph[] {
  const speakers = ctx.meeting.speakers.filter((s) => s.name.trim() || s.points.some((p) => p.trim()));
  if (!speakers.length) return [para('Belum ada catatan pembicara.', { indent: STEP, italics: true })];
  const out: Paragraph[] = [];
  speakers.forEach((s, i) => {
    const who = speakerWho(s, ctx.roster);
    const points = s.points.map((p) => p.trim()).filter(Boolean);
    out.push(
      numbered(
        `${i + 1}.`,
        [run(s.name.trim() || DASH, { bold: true }), run(who ? `, ${who}` : ''), run(` (${SEGMENT_LABELS[s.segment]})`, { italics: true })],
        {
          indent: STEP * 2,
          hanging: STEP,
          before: i ? 120 : 0,
          after: 60,
          keepNext: points.length > 0,
        },
      ),
    );
    points.forEach((p, j) => out.push(numbered(`${letterLabel(j)}.`, p, { indent: STEP * 3, hanging: STEP, align: 'justify', after: 40 })));
  });
  return out;
}

function results(ctx: ReportContext): Paragraph[] {
  const { conclusions, followUps } = ctx.meeting.minutes;
  const actions = followUps
    .filter((f) => f.action.trim())
    .map((f) => {
      const who = f.responsible.trim() ? `penanggung jawab: ${f.responsible.trim()}` : '';
      const due = f.dueDate ? `batas waktu ${formatDateLong(f.dueDate)}` : '';
      const extra = [who, due].filter(Boolean).join('; ');
      return extra ? `${f.action.trim()} (${extra})` : f.action.trim();
    });
  return [
    para('Kesimpulan:', { indent: STEP, keepNext: true, after: 60 }),
    ...list(conclusions, 'Tidak ada kesimpulan yang dicatat.'),
    para('Tindak lanjut:', { indent: STEP, keepNext: true, before: 120, after: 60 }),
    ...list(actions, 'Tidak ada tindak lanjut yang dicatat.'),
  ];
}

function signature(ctx: ReportContext): Table {
  const m = ctx.meeting;
  const signer = m.notetaker.name.trim() ? m.notetaker : ctx.settings.defaultSignatory;
  const half = Math.floor(ctx.geom.textWidth / 2);
  const widths: [number, number] = [half, ctx.geom.textWidth - half];
  const place = ctx.settings.organisation.city.trim() || m.letter.place.trim();
  return fixedTable(widths, [
    new TableRow({
      cantSplit: true,
      children: [
        cell(widths[0], []),
        cell(widths[1], [
          para(`${place ? `${place}, ` : ''}${formatDateLong(m.date)}`, { align: 'center' }),
          para('Yang melaporkan,', { align: 'center' }),
          ...(signer.jabatan.trim() ? [para(signer.jabatan.trim(), { align: 'center' })] : []),
          blank(),
          blank(),
          blank(),
          blank(),
          para(signer.name.trim() || '(.................................)', { align: 'center', bold: true, underline: !!signer.name.trim() }),
        ]),
      ],
    }),
  ]);
}

/** A photo scaled to fit the text width and its share of the height, never beyond its own size. */
function photoSize(geom: PageGeometry, width: number, height: number): { width: number; height: number } {
  const maxW = Math.floor(geom.textWidth / TWIPS_PER_PX);
  const maxH = Math.floor(((geom.height - geom.margin.top - geom.margin.bottom) / TWIPS_PER_PX) * PHOTO_HEIGHT_SHARE);
  const scale = Math.min(1, maxW / width, maxH / height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

function photoRows(geom: PageGeometry, photos: readonly Photo[]): Array<Paragraph | Table> {
  if (!photos.length) return [para('Belum ada foto dokumentasi yang ditambahkan.', { italics: true })];
  const rows: TableRow[] = [];
  photos.forEach((p, i) => {
    const info = imageInfo(decodeBase64(p.base64) ?? new Uint8Array());
    if (!info) return;
    const size = photoSize(geom, info.width, info.height);
    const caption = `Foto ${i + 1}. ${p.caption.trim() || 'Dokumentasi kegiatan'}`;
    // Picture and caption in one row that cannot split: a photo never leaves its caption behind.
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          cell(geom.textWidth, [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              spacing: { before: 120 },
              children: [new ImageRun({ type: info.type, data: info.data, transformation: size })],
            }),
            para(caption, { align: 'center', italics: true, size: SMALL_SIZE, before: 60, after: 200 }),
          ]),
        ],
      }),
    );
  });
  return [fixedTable([geom.textWidth], rows)];
}

/** The sections of an attachment, the first one opened by the attachment's number and name. */
function attachment(n: number, name: string, sections: ISectionOptions[]): ISectionOptions[] {
  return sections.map((s, i) =>
    i === 0 ? { ...s, children: [para(`Lampiran ${n} Laporan Kegiatan: ${name}`, { italics: true, size: SMALL_SIZE, after: 120 }), ...s.children] } : s,
  );
}

export async function buildReportDocx(
  meeting: Meeting,
  roster: Roster,
  settings: Settings,
  photos: readonly Photo[],
  opts: { generatedAt?: string; exportDate: string },
): Promise<Uint8Array> {
  const m = meeting;
  const geom = pageGeometry(settings.paper);
  const { start, end } = minutesTimes(m);
  const ctx: ReportContext = {
    meeting,
    roster,
    settings,
    geom,
    values: {
      acara: m.title.trim(),
      hari_tanggal: formatDayDate(m.date),
      penyelenggara: organizerInWords(settings),
      cara: placeInDocument(m).toLowerCase(),
      provinsi: provinceName(settings),
      unit_diundang: unitsInWords(m, roster, settings),
      agenda: joinIndonesian(agendaItems(m).map((a) => a.replace(/[.;]+$/, ''))),
    },
  };
  const main: Array<Paragraph | Table> = [
    ...letterhead(settings.organisation, geom.textWidth),
    para(fill(ctx, 'report.title'), { bold: true, align: 'center', size: 28 }),
    para(m.title, { bold: true, align: 'center', after: 240 }),
    heading('A. Dasar'),
    ...list(dasar(ctx), 'Tidak ada rujukan yang dicatat.'),
    heading('B. Maksud dan Tujuan'),
    para(fill(ctx, 'report.purpose'), { indent: STEP, align: 'justify' }),
    heading('C. Waktu dan Tempat'),
    labelValueBlock(
      [
        { label: 'Hari/Tanggal', value: formatDayDate(m.date) },
        { label: 'Waktu', value: formatTimeRange(start, end, m.timeZone) },
        { label: 'Tempat', value: placeInDocument(m) },
      ],
      labelWidths(geom.textWidth - STEP, 1900),
      { indent: STEP },
    ),
    heading('D. Peserta'),
    ...participants(ctx),
    heading('E. Jalannya Kegiatan'),
    ...courseOfEvents(ctx),
    heading('F. Hasil Kegiatan'),
    ...results(ctx),
    heading('G. Penutup'),
    para(fill(ctx, 'report.closing'), { indent: STEP, align: 'justify', after: 360 }),
    signature(ctx),
    para('Lampiran:', { before: 360, size: SMALL_SIZE, bold: true }),
    ...REPORT_ATTACHMENTS.map((a, i) => numbered(`${i + 1}.`, i === 3 ? `${a} (${photos.length} foto)` : a, { indent: STEP, hanging: STEP, size: SMALL_SIZE })),
  ];
  const footers = { default: pageNumberFooter() };
  // A section without a header of its own would show the one before it (the minutes' draft mark).
  const noHeader = () => ({ default: new Header({ children: [] }) });
  const [minutesMain, ...attendance] = minutesSections(m, roster, settings, { generatedAt: opts.generatedAt });
  const sections: ISectionOptions[] = [
    { properties: sectionPage(geom), headers: noHeader(), footers, children: main },
    ...attachment(1, 'Surat Undangan', invitationLetterSections(m, roster, settings, 'all', opts.exportDate)),
    ...attachment(2, 'Notulen Rapat', [minutesMain]),
    ...attachment(3, 'Daftar Hadir', attendance),
    {
      properties: sectionPage(geom),
      headers: noHeader(),
      footers: { default: pageNumberFooter() },
      children: [
        para(`Lampiran 4 Laporan Kegiatan: Foto Dokumentasi`, { italics: true, size: SMALL_SIZE, after: 120 }),
        para('FOTO DOKUMENTASI', { bold: true, align: 'center', size: 26 }),
        para(m.title, { bold: true, align: 'center' }),
        para(`${formatDayDate(m.date)} · ${placeInDocument(m)}`, { align: 'center', size: SMALL_SIZE, after: 200 }),
        ...photoRows(geom, photos),
      ],
    },
  ];
  return packDocument(newDocument(`Laporan Kegiatan - ${m.title}`, sections, documentAuthor(settings)));
}
