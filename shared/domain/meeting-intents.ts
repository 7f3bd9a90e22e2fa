// What a user does to a meeting's record, as named intents: each one a small input schema
// and the pure function that applies it. The renderer applies it at once (optimistic), the
// handler applies the same function to the stored record, checks the rules and stores it.
import { z } from 'zod';
import {
  AttendanceStatusSchema,
  FollowUpSchema,
  SegmentSchema,
  SignatorySchema,
  SpeakerSchema,
  UnitAttendanceSchema,
  type Meeting,
  type Speaker,
} from './meeting';
import { isValidTime } from './datetime';
import { setCell, setUnitNote } from './attendance-ops';
import { addSpeaker, indexOfSpeaker, insertAt, moveSpeaker, removeSpeaker, startSpeaking, stopSpeaking, updateSpeaker, withInstitution } from './speaker-ops';
import { AppError, errors } from '../errors';
import { mergeList } from './meeting-merge';
import { importTranscriptSpeakers } from './transcript-ops';
import { moveItem, putItem, removeItem, ReportItemSchema, ReportRuleError, ReportValueSchema, setAnswers } from './unit-reports';

const unitCode = z.string().min(1).max(10);
const roleId = z.string().min(1).max(60);
const speakerId = z.string().min(1).max(60);
const optionalHhmm = z.union([z.literal(''), z.string().refine(isValidTime, { message: 'Waktu tidak valid (format JJ:MM).' })]);

/** A hand edit of one cell; `null` clears it. */
const CellPatchSchema = z
  .object({
    status: AttendanceStatusSchema.nullable(),
    name: z.string().max(300),
    joinTime: optionalHhmm,
    durationMinutes: z.number().min(0).max(100000).nullable(),
  })
  .partial()
  .strict();

const SpeakerPatchSchema = z
  .object({ name: z.string().max(300), jabatan: z.string().max(500), institution: z.string().max(60), segment: SegmentSchema })
  .partial()
  .strict();

const MinutesPatchSchema = z
  .object({
    actualStart: optionalHhmm,
    actualEnd: optionalHhmm,
    conclusions: z.array(z.string().max(10000)).max(500),
    followUps: z.array(FollowUpSchema).max(500),
    chair: SignatorySchema,
    notetaker: SignatorySchema,
  })
  .partial()
  .strict();

/** The input of each intent beyond the meeting's id (the contract adds id and baseRevision). */
export const MEETING_INTENT_SHAPES = {
  /** One or many cells at once (a key, Shift+H for a whole unit, a paste). */
  'attendance/set-cells': {
    cells: z
      .array(z.object({ unitCode, roleId, value: CellPatchSchema.nullable() }).strict())
      .min(1, 'Tidak ada sel yang diubah.')
      .max(20000),
  },
  'attendance/set-note': { unitCode, note: z.string().max(2000) },
  /** Put units back exactly as they were (undo in the grid: the inverse of an earlier change). */
  'attendance/restore-units': {
    units: z
      .array(z.object({ unitCode, attendance: UnitAttendanceSchema.nullable() }).strict())
      .min(1)
      .max(2000),
  },
  'speakers/add': { speaker: SpeakerSchema.extend({ id: speakerId }), index: z.number().int().min(0).max(1000).optional() },
  'speakers/update': { speakerId, patch: SpeakerPatchSchema },
  'speakers/move': { speakerId, by: z.number().int().min(-1000).max(1000) },
  'speakers/remove': { speakerId },
  /** `base`: the points the change was made on, so a change typed meanwhile in another window is kept (meeting-merge.ts). */
  'speakers/set-points': { speakerId, points: z.array(z.string().max(10000)).max(500), base: z.array(z.string().max(10000)).max(500).optional() },
  /** Start or stop timing a speaker at an instant (the clock of the computer the notetaker types on). */
  'speakers/timing': {
    speakerId,
    action: z.enum(['start', 'stop']),
    at: z
      .string()
      .max(40)
      .refine((v) => !Number.isNaN(Date.parse(v)), { message: 'Waktu tidak valid.' }),
  },
  /** Times, conclusions, follow-ups, chair and minute-taker; `base`: the conclusions the change was made on. */
  'minutes/update': {
    patch: MinutesPatchSchema,
    base: z
      .object({ conclusions: z.array(z.string().max(10000)).max(500) })
      .strict()
      .optional(),
  },
  /** The turns accepted in a transcript's review (each with its turn's key) and the keys of those dropped. */
  'speakers/import-transcript': {
    speakers: z.array(SpeakerSchema.extend({ id: speakerId, sourceKey: z.string().min(1).max(100) })).max(1000),
    skipped: z.array(z.string().min(1).max(100)).max(20000),
  },
  /** Answers of the per-unit report table (isian unit); `null` clears a cell. Undo sends the cells as they were. */
  'unit-reports/set-answers': {
    answers: z
      .array(z.object({ unitCode, itemId: z.string().min(1).max(60), value: ReportValueSchema.nullable() }).strict())
      .min(1, 'Tidak ada isian yang diubah.')
      .max(20000),
  },
  /** Add a report item (new id) or change the one with its id; `index` places a new one. */
  'unit-reports/put-item': { item: ReportItemSchema, index: z.number().int().min(0).max(1000).optional() },
  'unit-reports/remove-item': { itemId: z.string().min(1).max(60) },
  'unit-reports/move-item': { itemId: z.string().min(1).max(60), by: z.number().int().min(-1000).max(1000) },
} as const;

export type MeetingIntentName = keyof typeof MEETING_INTENT_SHAPES;
export type MeetingIntentInput<N extends MeetingIntentName> = z.output<z.ZodObject<(typeof MEETING_INTENT_SHAPES)[N]>>;
export type MeetingIntent = { [N in MeetingIntentName]: { method: N; input: MeetingIntentInput<N> } }[MeetingIntentName];

export const MEETING_INTENT_NAMES = Object.keys(MEETING_INTENT_SHAPES) as MeetingIntentName[];

function speakerOrFail(m: Meeting, id: string): Speaker {
  const s = m.speakers[indexOfSpeaker(m.speakers, id)];
  if (!s) throw new AppError('not_found', 'Pembicara ini sudah tidak ada di rapat (mungkin dihapus di tab lain).');
  return s;
}

function withSpeakers(m: Meeting, speakers: Speaker[]): Meeting {
  return { ...m, speakers };
}

/**
 * Apply one intent to a meeting. A final record refuses every change. Returns the same
 * object when the intent changes nothing; the caller checks the rules on the result.
 */
export function applyMeetingIntent(m: Meeting, intent: MeetingIntent): Meeting {
  if (m.minutes.status === 'final') throw errors.locked();
  switch (intent.method) {
    case 'attendance/set-cells': {
      let out = m;
      for (const c of intent.input.cells) out = setCell(out, c.unitCode, c.roleId, c.value);
      return out;
    }
    case 'attendance/set-note':
      return setUnitNote(m, intent.input.unitCode, intent.input.note);
    case 'attendance/restore-units': {
      const attendance = { ...m.attendance };
      for (const u of intent.input.units) {
        if (u.attendance === null || (Object.keys(u.attendance.cells).length === 0 && u.attendance.note === '')) delete attendance[u.unitCode];
        else attendance[u.unitCode] = { note: u.attendance.note, cells: { ...u.attendance.cells } };
      }
      return { ...m, attendance };
    }
    case 'speakers/add': {
      const { speaker, index } = intent.input;
      if (indexOfSpeaker(m.speakers, speaker.id) >= 0) throw errors.invalidInput([`Pembicara dengan id ${speaker.id} sudah ada.`]);
      const added = withInstitution(speaker, speaker.institution);
      return withSpeakers(m, index === undefined ? addSpeaker(m.speakers, added) : insertAt(m.speakers, index, added));
    }
    case 'speakers/update': {
      const { speakerId: id, patch } = intent.input;
      speakerOrFail(m, id);
      return withSpeakers(
        m,
        updateSpeaker(m.speakers, id, (s) => {
          const next = { ...s, ...patch };
          return patch.institution === undefined ? next : withInstitution(next, patch.institution);
        }),
      );
    }
    case 'speakers/move':
      speakerOrFail(m, intent.input.speakerId);
      return withSpeakers(m, moveSpeaker(m.speakers, intent.input.speakerId, intent.input.by));
    case 'speakers/remove':
      if (indexOfSpeaker(m.speakers, intent.input.speakerId) < 0) return m;
      return withSpeakers(m, removeSpeaker(m.speakers, intent.input.speakerId));
    case 'speakers/set-points': {
      const { speakerId: id, points, base } = intent.input;
      speakerOrFail(m, id);
      return withSpeakers(
        m,
        updateSpeaker(m.speakers, id, (s) => ({ ...s, points: mergeList(base, points, s.points) })),
      );
    }
    case 'speakers/timing': {
      const { speakerId: id, action } = intent.input;
      speakerOrFail(m, id);
      const at = new Date(intent.input.at).toISOString();
      return withSpeakers(m, action === 'start' ? startSpeaking(m.speakers, id, at) : stopSpeaking(m.speakers, id, at));
    }
    case 'speakers/import-transcript':
      return importTranscriptSpeakers(m, intent.input.speakers, intent.input.skipped);
    case 'unit-reports/set-answers':
      return setAnswers(m, intent.input.answers);
    case 'unit-reports/put-item':
      try {
        return putItem(m, intent.input.item, intent.input.index);
      } catch (err) {
        if (err instanceof ReportRuleError) throw errors.rules([{ field: 'reportItems', message: err.message }]);
        throw err;
      }
    case 'unit-reports/remove-item':
      return removeItem(m, intent.input.itemId);
    case 'unit-reports/move-item':
      return moveItem(m, intent.input.itemId, intent.input.by);
    case 'minutes/update': {
      const { chair, notetaker, ...minutes } = intent.input.patch;
      if (minutes.conclusions) minutes.conclusions = mergeList(intent.input.base?.conclusions, minutes.conclusions, m.minutes.conclusions);
      return {
        ...m,
        ...(chair ? { chair: { ...chair } } : {}),
        ...(notetaker ? { notetaker: { ...notetaker } } : {}),
        minutes: { ...m.minutes, ...minutes },
      };
    }
  }
}

/**
 * Two intents waiting to be sent, merged into one when the second makes the first redundant
 * (typing in the same field); null when both must be sent. The order is always kept.
 */
export function coalesceIntents(a: MeetingIntent, b: MeetingIntent): MeetingIntent | null {
  if (a.method === 'speakers/set-points' && b.method === 'speakers/set-points' && a.input.speakerId === b.input.speakerId) {
    // The merged change was made on the first one's base.
    return { method: 'speakers/set-points', input: { ...b.input, ...(a.input.base ? { base: a.input.base } : {}) } };
  }
  if (a.method === 'attendance/set-note' && b.method === 'attendance/set-note' && a.input.unitCode === b.input.unitCode) return b;
  if (a.method === 'speakers/update' && b.method === 'speakers/update' && a.input.speakerId === b.input.speakerId) {
    return { method: 'speakers/update', input: { speakerId: b.input.speakerId, patch: { ...a.input.patch, ...b.input.patch } } };
  }
  if (a.method === 'minutes/update' && b.method === 'minutes/update') {
    const base = a.input.base ?? b.input.base;
    return { method: 'minutes/update', input: { patch: { ...a.input.patch, ...b.input.patch }, ...(base ? { base } : {}) } };
  }
  return null;
}

/** Intents that come from typing and may wait a moment to be merged with the next keystroke. */
export function isTypingIntent(intent: MeetingIntent): boolean {
  return (
    intent.method === 'speakers/set-points' ||
    intent.method === 'speakers/update' ||
    intent.method === 'minutes/update' ||
    intent.method === 'attendance/set-note'
  );
}

/** The intents that take a speaker from `before` to `after` (a card edit, a suggestion taken). */
export function speakerChangeIntents(before: Speaker, after: Speaker): MeetingIntent[] {
  const out: MeetingIntent[] = [];
  const patch: MeetingIntentInput<'speakers/update'>['patch'] = {};
  if (after.name !== before.name) patch.name = after.name;
  if (after.jabatan !== before.jabatan) patch.jabatan = after.jabatan;
  if (after.institution !== before.institution || after.unitCode !== before.unitCode) patch.institution = after.institution;
  if (after.segment !== before.segment) patch.segment = after.segment;
  if (Object.keys(patch).length) out.push({ method: 'speakers/update', input: { speakerId: before.id, patch } });
  if (after.points.length !== before.points.length || after.points.some((p, i) => p !== before.points[i])) {
    out.push({ method: 'speakers/set-points', input: { speakerId: before.id, points: [...after.points], base: [...before.points] } });
  }
  return out;
}
