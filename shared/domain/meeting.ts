// A meeting (rapat) and everything recorded about it, with the runtime schemas that guard
// every stored file and every API input. One meeting is one store file.
import { z } from 'zod';
import { isValidIsoDate, isValidTime } from './datetime';
import { JATIM_UNITS } from './units';
import { DEFAULT_ROLE_IDS } from './roles';
import { ReportAnswersSchema, ReportItemSchema } from './unit-reports';

export const MEETING_SCHEMA_VERSION = 3;

const text = (max = 2000) => z.string().max(max);
const isoDate = z.string().refine(isValidIsoDate, { message: 'Tanggal tidak valid (format TTTT-BB-HH).' });
const hhmm = z.string().refine(isValidTime, { message: 'Waktu tidak valid (format JJ:MM).' });
const optionalHhmm = z.union([z.literal(''), hhmm]);
const isoInstant = z.string().max(40);

export const ZoneSchema = z.enum(['WIB', 'WITA', 'WIT']);
export const ModeSchema = z.enum(['daring', 'luring', 'hybrid']);
export const SifatSchema = z.enum(['Biasa', 'Segera', 'Sangat Segera', 'Rahasia']);

export const SignatorySchema = z.object({
  jabatan: text(200),
  name: text(200),
});
export type Signatory = z.infer<typeof SignatorySchema>;

export const LetterSchema = z.object({
  number: text(200),
  sifat: SifatSchema,
  lampiran: text(200),
  hal: text(500),
  /** Date printed on the letter; empty = the day it is exported. */
  letterDate: z.union([z.literal(''), isoDate]),
  place: text(100),
  signatory: SignatorySchema,
  tembusan: z.array(text(500)).max(50),
});
export type LetterFields = z.infer<typeof LetterSchema>;

export const UnitsInvitedModeSchema = z.enum(['all', 'kabupaten', 'kota', 'picked']);

/** The part of a meeting the user sets up before it happens. */
export const MeetingSetupSchema = z.object({
  /** The series the meeting belongs to, by name ("Rakor Sosdiklih Parmas 2026"); empty = none. See seriesKey. */
  series: text(200),
  title: z.string().trim().min(1, 'Nama rapat wajib diisi.').max(500, 'Nama rapat terlalu panjang (maks. 500 karakter).'),
  date: isoDate,
  startTime: hhmm,
  /** Empty = "s.d. selesai". */
  endTime: optionalHhmm,
  timeZone: ZoneSchema,
  mode: ModeSchema,
  platform: text(100),
  joinUrl: text(2000),
  meetingId: text(100),
  passcode: text(100),
  location: text(500),
  agenda: z.array(text(1000)).max(100),
  references: z.array(text(1000)).max(50),
  chair: SignatorySchema,
  notetaker: SignatorySchema,
  letter: LetterSchema,
  unitsInvitedMode: UnitsInvitedModeSchema,
  unitsInvited: z.array(z.string().max(10)).max(1000),
  /** At least one: a rule of meeting-rules.ts, so the form and the core give the same message. */
  rolesInvited: z.array(z.string().max(60)).max(50),
  reminderMinutes: z.number().int().min(0).max(10080),
});
export type MeetingSetup = z.infer<typeof MeetingSetupSchema>;

export const AttendanceStatusSchema = z.enum(['hadir', 'terlambat', 'izin', 'tidak_hadir']);
export type AttendanceStatus = z.infer<typeof AttendanceStatusSchema>;

export const AttendanceCellSchema = z.object({
  status: AttendanceStatusSchema.nullable(),
  /**
   * Who attended. Marked by hand: empty = the roster holder. Filled from a report: the matched
   * roster person's name, else the display name cleaned of unit, role and device words, else
   * empty = not known (see attendee-name.ts).
   */
  name: text(300),
  /** The roster person a report row was matched to (by email, phone or name), or empty. */
  personId: z.string().max(60).default(''),
  /** "HH:MM" in the meeting's zone, or empty. */
  joinTime: optionalHhmm,
  durationMinutes: z.number().min(0).max(100000).nullable(),
  source: z.enum(['manual', 'import']),
  /** Fingerprint of the report row that filled the cell, so a re-import changes nothing. */
  importKey: text(500),
});
export type AttendanceCell = z.infer<typeof AttendanceCellSchema>;

export const UnitAttendanceSchema = z.object({
  cells: z.record(z.string().max(60), AttendanceCellSchema),
  note: text(2000),
});
export type UnitAttendance = z.infer<typeof UnitAttendanceSchema>;

export const SegmentSchema = z.enum(['pembukaan', 'pengarahan', 'tanya_jawab', 'penutup', 'lainnya']);
export type Segment = z.infer<typeof SegmentSchema>;

export const SpeakerSchema = z.object({
  id: z.string().max(60),
  name: text(300),
  jabatan: text(500),
  /** "provinsi" for the host commission, or a unit code. */
  institution: text(60),
  segment: SegmentSchema,
  points: z.array(text(10000)).max(500),
  startedAt: z.union([z.literal(''), isoInstant]),
  endedAt: z.union([z.literal(''), isoInstant]),
  /** A question from a unit (tanya jawab) is linked to that unit's code. */
  unitCode: text(10),
  /** The transcript turn this speaker was accepted from, so importing it again adds nothing. */
  sourceKey: z.string().max(100).optional(),
});
export type Speaker = z.infer<typeof SpeakerSchema>;

export const FollowUpStatusSchema = z.enum(['belum', 'proses', 'selesai']);
export type FollowUpStatus = z.infer<typeof FollowUpStatusSchema>;

export const FollowUpSchema = z.object({
  id: z.string().max(60),
  action: text(5000),
  responsible: text(500),
  /**
   * Who must act: unit codes, "provinsi" (KPU Provinsi itself) and/or "semua" (every invited
   * unit). Empty = the follow-up is tracked as a whole. See shared/domain/follow-ups.ts.
   */
  assignees: z.array(z.string().max(10)).max(1000),
  dueDate: z.union([z.literal(''), isoDate]),
  /** The status every assignee starts with; the status per unit lives in the follow-up tracker. */
  status: FollowUpStatusSchema,
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

/** Where one assignee of a follow-up stands: kept in the tracker, copied into a record when it is finalised. */
export const UnitProgressSchema = z.object({
  status: FollowUpStatusSchema,
  note: text(2000),
  /** When the status or note last changed (ISO instant), or empty. */
  changedAt: z.union([z.literal(''), isoInstant]),
  /** The meeting during which it was changed (a carried follow-up updated in the next rakor), or empty. */
  changedIn: text(60),
});
export type UnitProgress = z.infer<typeof UnitProgressSchema>;

/** Assignee key -> progress; the key is a unit code, "provinsi", or "" for a follow-up tracked as a whole. */
export const ProgressByUnitSchema = z.record(z.string().max(10), UnitProgressSchema);
export type ProgressByUnit = z.infer<typeof ProgressByUnitSchema>;

/** A follow-up of an earlier meeting of the series, as it stood in a later one (printed in its minutes). */
export const CarriedFollowUpSchema = z.object({
  meetingId: z.string().max(60),
  meetingTitle: text(500),
  meetingDate: z.union([z.literal(''), isoDate]),
  followUp: FollowUpSchema,
  progress: ProgressByUnitSchema,
});
export type CarriedFollowUp = z.infer<typeof CarriedFollowUpSchema>;

export const MinutesSchema = z.object({
  status: z.enum(['draft', 'final']),
  finalizedAt: z.union([z.literal(''), isoInstant]),
  actualStart: optionalHhmm,
  actualEnd: optionalHhmm,
  conclusions: z.array(text(10000)).max(500),
  followUps: z.array(FollowUpSchema).max(500),
  /** Final minutes: each follow-up's progress per unit when they were finalised (empty for a draft). */
  followUpsAtFinal: z.record(z.string().max(60), ProgressByUnitSchema),
  /** Final minutes: the follow-ups carried from earlier meetings of the series, as they stood then. */
  carriedAtFinal: z.array(CarriedFollowUpSchema).max(5000),
});
export type Minutes = z.infer<typeof MinutesSchema>;

export const InvitationRecordSchema = z.object({
  /** Raised when time, place or link change after invitations went out (.ics SEQUENCE). */
  sequence: z.number().int().min(0),
  /** Snapshot of time/place/link when invitations were last sent, to detect changes. */
  sentFingerprint: text(5000),
  sentUnits: z.record(z.string().max(10), isoInstant),
});
export type InvitationRecord = z.infer<typeof InvitationRecordSchema>;

export const MeetingSchema = MeetingSetupSchema.extend({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,60}$/),
  status: z.enum(['aktif', 'batal']),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  /** Raised by one with every stored change; a client's intent names the revision it saw. */
  revision: z.number().int().min(0).optional(),
  deletedAt: z.union([z.literal(''), isoInstant]),
  attendance: z.record(z.string().max(10), UnitAttendanceSchema),
  speakers: z.array(SpeakerSchema).max(1000),
  minutes: MinutesSchema,
  invitations: InvitationRecordSchema,
  /** Transcript turns the user dropped in the review, so importing the file again proposes nothing new. */
  transcriptSkipped: z.array(z.string().max(100)).max(20000).optional(),
  /** The questions every invited unit answers (isian unit), in table order; see unit-reports.ts. */
  reportItems: z.array(ReportItemSchema).max(200),
  /** The units' answers: unit code -> item id -> answer. */
  reportAnswers: ReportAnswersSchema,
});
export type Meeting = z.infer<typeof MeetingSchema>;

/**
 * What the meetings list shows; kept in the index so the list never opens every file.
 * It holds nothing that changes on every edit, so most saves leave the index alone.
 */
export interface MeetingSummary {
  id: string;
  title: string;
  date: string;
  startTime: string;
  timeZone: z.infer<typeof ZoneSchema>;
  mode: z.infer<typeof ModeSchema>;
  status: Meeting['status'];
  deletedAt: string;
  /** The series' name as typed (empty = none). */
  series: string;
  minutesStatus: Meeting['minutes']['status'];
}

export function summarize(m: Meeting): MeetingSummary {
  return {
    id: m.id,
    title: m.title,
    date: m.date,
    startTime: m.startTime,
    timeZone: m.timeZone,
    mode: m.mode,
    status: m.status,
    deletedAt: m.deletedAt,
    series: m.series,
    minutesStatus: m.minutes.status,
  };
}

export function emptySignatory(): Signatory {
  return { jabatan: '', name: '' };
}

/** A blank set-up with the defaults of a Parmas rakor of KPU Provinsi Jawa Timur. */
export function defaultMeetingSetup(date: string, defaults?: { signatory?: Signatory; timeZone?: MeetingSetup['timeZone'] }): MeetingSetup {
  return {
    series: '',
    title: '',
    date,
    startTime: '09:00',
    endTime: '',
    timeZone: defaults?.timeZone ?? 'WIB',
    mode: 'daring',
    platform: 'Zoom',
    joinUrl: '',
    meetingId: '',
    passcode: '',
    location: '',
    agenda: [],
    references: [],
    chair: emptySignatory(),
    notetaker: emptySignatory(),
    letter: {
      number: '',
      sifat: 'Biasa',
      lampiran: '1 (satu) lembar',
      hal: 'Undangan Rapat Koordinasi',
      letterDate: '',
      place: 'Surabaya',
      signatory: defaults?.signatory ?? emptySignatory(),
      tembusan: [],
    },
    unitsInvitedMode: 'all',
    unitsInvited: JATIM_UNITS.map((u) => u.code),
    rolesInvited: [...DEFAULT_ROLE_IDS],
    reminderMinutes: 30,
  };
}

export function newMeeting(setup: MeetingSetup, id: string, now: string): Meeting {
  return {
    ...setup,
    id,
    status: 'aktif',
    createdAt: now,
    updatedAt: now,
    revision: 0,
    deletedAt: '',
    attendance: {},
    speakers: [],
    minutes: { status: 'draft', finalizedAt: '', actualStart: '', actualEnd: '', conclusions: [], followUps: [], followUpsAtFinal: {}, carriedAtFinal: [] },
    invitations: { sequence: 0, sentFingerprint: '', sentUnits: {} },
    reportItems: [],
    reportAnswers: {},
  };
}

/** The setup fields of a meeting (what "duplicate" copies). */
export function setupOf(m: Meeting): MeetingSetup {
  const keys = Object.keys(MeetingSetupSchema.shape) as Array<keyof MeetingSetup>;
  const out = {} as Record<string, unknown>;
  for (const k of keys) out[k] = structuredClone(m[k]);
  return out as MeetingSetup;
}

/** Whether a meeting is upcoming relative to today's date (both "YYYY-MM-DD"). */
export function isUpcoming(m: Pick<MeetingSummary, 'date'>, today: string): boolean {
  return m.date >= today;
}
