// What the invitation letter says, as data: built once here and drawn by the DOCX builder
// (letter-docx.ts) and by the letter's print view, so the PDF printed from the view has the
// same content as the DOCX.
import type { Meeting } from './meeting';
import type { Roster } from './roster';
import type { Settings } from './settings';
import { officialUnitName } from './units';
import { formatDateLong, formatDayDate } from './datetime';
import { meetingTimeInWords, regionInWords, unitsGroupName } from './org-words';
import { renderTemplate } from '../templates/render';
import { templateText } from '../../templates/index';
import { agendaItems, invitedRolesInWords, invitedUnits, joinIndonesian, modeInWords, onlineRows, organizerInWords, placeInDocument } from './meeting-words';
import { jabatanInFull, kopOf, type Kop } from './kop';
import { group } from '../indexed';

export type LetterForm = 'all' | 'per-unit';

export interface LetterRow {
  label: string;
  value: string;
}

/** One letter: what is the same for every unit plus the addressee and the units asked. */
export interface LetterPage {
  addressee: string;
  attendees: string;
}

export interface LetterContent {
  form: LetterForm;
  kop: Kop;
  /** "Surabaya, 20 Mei 2022". */
  placeDate: string;
  /** Nomor, Sifat (always one of the choices), Lampiran, Hal; an empty Lampiran is left out. */
  heading: LetterRow[];
  opening: string;
  /** Hari/Tanggal, Waktu, Tempat and the online rows; the agenda follows apart, item by item. */
  details: LetterRow[];
  agenda: string[];
  closing: string;
  /**
   * The jabatan in full with its comma, in lines that break before the region
   * ("Plh. Ketua Komisi Pemilihan Umum" / "Provinsi Jawa Timur,"), and the name; either may be empty.
   */
  signature: { jabatanLines: string[]; name: string };
  tembusan: string[];
  letters: LetterPage[];
  /** The invited units in words, as a group ("KPU Kabupaten/Kota", "KPU Provinsi", "PPK"). */
  unitsWord: string;
  /** The list of invited units attached to the letter to all; null for letters per unit. */
  attachment: null | {
    lead: string;
    heading: LetterRow[];
    title: string;
    units: string[];
  };
}

/** The default Lampiran of a new meeting, which counts the attached list of units. */
const DEFAULT_LAMPIRAN = '1 (satu) lembar';

/**
 * A letter per unit carries no list of units, so the default count would announce an
 * attachment that is not there; anything else the user typed is kept. '' = no Lampiran line.
 */
function lampiranOf(lampiran: string, form: LetterForm): string {
  const own = lampiran.trim();
  if (own === '-' || (form === 'per-unit' && own === DEFAULT_LAMPIRAN)) return '';
  return own;
}

/** "Surat KPU RI ..." as typed in a list reads "surat KPU RI ..." in the middle of a sentence. */
function lowerFirst(s: string): string {
  return /^Surat\b/.test(s) ? `s${s.slice(1)}` : s;
}

/** A long jabatan breaks before its region word, as the commission's signature blocks do. */
function signatureLines(jabatan: string): string[] {
  if (jabatan.length <= 34) return [jabatan];
  const m = /^(.+?) ((?:Provinsi|Kabupaten|Kota) .+)$/.exec(jabatan);
  return m ? [group(m, 1), group(m, 2)] : [jabatan];
}

export function letterContent(meeting: Meeting, roster: Roster, settings: Settings, form: LetterForm, exportDate: string): LetterContent {
  const org = settings.organisation;
  const region = regionInWords(settings);
  const unitsWord = unitsGroupName(invitedUnits(meeting, roster).length ? invitedUnits(meeting, roster) : roster.units);
  const dasar = joinIndonesian(meeting.references.map((r) => lowerFirst(r.trim())));
  const letter = meeting.letter;
  const signatory = letter.signatory.name.trim() || letter.signatory.jabatan.trim() ? letter.signatory : settings.defaultSignatory;
  const letterDate = letter.letterDate || exportDate;
  const place = letter.place.trim() || org.city.trim();
  const values: Record<string, string> = {
    acara: meeting.title.trim(),
    tanggal: formatDateLong(meeting.date),
    hari_tanggal: formatDayDate(meeting.date),
    waktu: meetingTimeInWords(meeting.startTime, meeting.endTime, meeting.timeZone, settings),
    moda: modeInWords(meeting),
    penyelenggara: organizerInWords(settings),
    provinsi: region,
    provinsi_kapital: region.toUpperCase(),
    satuan: unitsWord,
    satuan_kapital: unitsWord.toUpperCase(),
    dasar,
    rujukan: dasar ? ` serta menindaklanjuti ${dasar}` : '',
    peserta: invitedRolesInWords(meeting, roster),
    sapaan: settings.formOfAddress,
    satuan_kerja: '',
  };
  const fill = (key: string, extra: Record<string, string> = {}) => renderTemplate(templateText(key, settings.templates), { ...values, ...extra }).text;
  const lampiran = lampiranOf(letter.lampiran, form);
  const heading: LetterRow[] = [
    { label: 'Nomor', value: letter.number },
    { label: 'Sifat', value: letter.sifat },
    ...(lampiran ? [{ label: 'Lampiran', value: lampiran }] : []),
    { label: 'Hal', value: letter.hal },
  ];
  const units = invitedUnits(meeting, roster);
  const letters: LetterPage[] =
    form === 'all'
      ? [{ addressee: fill('letter.addressee.all'), attendees: fill('letter.attendees', { satuan_kerja: `pada ${unitsWord} masing-masing` }) }]
      : units.map((u) => {
          const name = officialUnitName(u);
          return { addressee: fill('letter.addressee.unit', { satuan_kerja: name }), attendees: fill('letter.attendees', { satuan_kerja: `pada ${name}` }) };
        });
  const jabatan = jabatanInFull(signatory.jabatan, org);
  return {
    form,
    kop: kopOf(org),
    placeDate: `${place ? `${place}, ` : ''}${formatDateLong(letterDate)}`,
    heading,
    opening: fill('letter.opening'),
    details: [
      { label: 'Hari/Tanggal', value: formatDayDate(meeting.date) },
      { label: 'Waktu', value: values.waktu ?? '' },
      { label: 'Tempat', value: placeInDocument(meeting) },
      ...onlineRows(meeting),
    ],
    agenda: agendaItems(meeting),
    closing: fill('letter.closing'),
    signature: { jabatanLines: jabatan ? signatureLines(`${jabatan},`) : [], name: signatory.name.trim() },
    tembusan: letter.tembusan.map((s) => s.trim()).filter(Boolean),
    letters,
    unitsWord,
    attachment:
      form === 'all'
        ? {
            lead: `Lampiran Surat ${values.penyelenggara}`,
            heading: [
              { label: 'Nomor', value: letter.number },
              { label: 'Tanggal', value: formatDateLong(letterDate) },
              { label: 'Hal', value: letter.hal },
            ],
            title: fill('letter.attachment-title'),
            units: units.map(officialUnitName),
          }
        : null,
  };
}
