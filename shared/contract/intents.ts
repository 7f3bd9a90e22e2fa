// Contract methods that say what the user did to a meeting (an intent), built from the
// shapes in shared/domain/meeting-intents.ts. Each takes the meeting's id and, optionally,
// the revision the caller last saw; each answers with the stored meeting and its revision.
import { z } from 'zod';
import { method, idString } from './define';
import type { Meeting } from '../domain/meeting';
import { MEETING_INTENT_SHAPES as S } from '../domain/meeting-intents';

/** The revision of the meeting the caller last saw; a record changed since is refused (another tab). */
export const baseRevision = z.number().int().min(0).optional();

const base = { id: idString, baseRevision };
const attendanceSetCells = z.object({ ...base, ...S['attendance/set-cells'] }).strict();
const attendanceSetNote = z.object({ ...base, ...S['attendance/set-note'] }).strict();
const attendanceRestoreUnits = z.object({ ...base, ...S['attendance/restore-units'] }).strict();
const speakersAdd = z.object({ ...base, ...S['speakers/add'] }).strict();
const speakersUpdate = z.object({ ...base, ...S['speakers/update'] }).strict();
const speakersMove = z.object({ ...base, ...S['speakers/move'] }).strict();
const speakersRemove = z.object({ ...base, ...S['speakers/remove'] }).strict();
const speakersSetPoints = z.object({ ...base, ...S['speakers/set-points'] }).strict();
const speakersTiming = z.object({ ...base, ...S['speakers/timing'] }).strict();
const minutesUpdate = z.object({ ...base, ...S['minutes/update'] }).strict();
const speakersImportTranscript = z.object({ ...base, ...S['speakers/import-transcript'] }).strict();
const unitReportsSetAnswers = z.object({ ...base, ...S['unit-reports/set-answers'] }).strict();
const unitReportsPutItem = z.object({ ...base, ...S['unit-reports/put-item'] }).strict();
const unitReportsRemoveItem = z.object({ ...base, ...S['unit-reports/remove-item'] }).strict();
const unitReportsMoveItem = z.object({ ...base, ...S['unit-reports/move-item'] }).strict();

/** Intents in the order they were made, applied together: what is still queued when a page closes. */
const anyIntent = z.discriminatedUnion('method', [
  z.object({ method: z.literal('attendance/set-cells'), input: z.object(S['attendance/set-cells']).strict() }),
  z.object({ method: z.literal('attendance/set-note'), input: z.object(S['attendance/set-note']).strict() }),
  z.object({ method: z.literal('attendance/restore-units'), input: z.object(S['attendance/restore-units']).strict() }),
  z.object({ method: z.literal('speakers/add'), input: z.object(S['speakers/add']).strict() }),
  z.object({ method: z.literal('speakers/update'), input: z.object(S['speakers/update']).strict() }),
  z.object({ method: z.literal('speakers/move'), input: z.object(S['speakers/move']).strict() }),
  z.object({ method: z.literal('speakers/remove'), input: z.object(S['speakers/remove']).strict() }),
  z.object({ method: z.literal('speakers/set-points'), input: z.object(S['speakers/set-points']).strict() }),
  z.object({ method: z.literal('speakers/timing'), input: z.object(S['speakers/timing']).strict() }),
  z.object({ method: z.literal('minutes/update'), input: z.object(S['minutes/update']).strict() }),
  z.object({ method: z.literal('speakers/import-transcript'), input: z.object(S['speakers/import-transcript']).strict() }),
  z.object({ method: z.literal('unit-reports/set-answers'), input: z.object(S['unit-reports/set-answers']).strict() }),
  z.object({ method: z.literal('unit-reports/put-item'), input: z.object(S['unit-reports/put-item']).strict() }),
  z.object({ method: z.literal('unit-reports/remove-item'), input: z.object(S['unit-reports/remove-item']).strict() }),
  z.object({ method: z.literal('unit-reports/move-item'), input: z.object(S['unit-reports/move-item']).strict() }),
]);
const batch = z.object({ ...base, intents: z.array(anyIntent).min(1).max(1000) }).strict();

export const intentsContract = {
  'attendance/set-cells': method<typeof attendanceSetCells, Meeting>(attendanceSetCells),
  'attendance/set-note': method<typeof attendanceSetNote, Meeting>(attendanceSetNote),
  'attendance/restore-units': method<typeof attendanceRestoreUnits, Meeting>(attendanceRestoreUnits),
  'speakers/add': method<typeof speakersAdd, Meeting>(speakersAdd),
  'speakers/update': method<typeof speakersUpdate, Meeting>(speakersUpdate),
  'speakers/move': method<typeof speakersMove, Meeting>(speakersMove),
  'speakers/remove': method<typeof speakersRemove, Meeting>(speakersRemove),
  'speakers/set-points': method<typeof speakersSetPoints, Meeting>(speakersSetPoints),
  'speakers/timing': method<typeof speakersTiming, Meeting>(speakersTiming),
  'minutes/update': method<typeof minutesUpdate, Meeting>(minutesUpdate),
  'speakers/import-transcript': method<typeof speakersImportTranscript, Meeting>(speakersImportTranscript),
  'unit-reports/set-answers': method<typeof unitReportsSetAnswers, Meeting>(unitReportsSetAnswers),
  'unit-reports/put-item': method<typeof unitReportsPutItem, Meeting>(unitReportsPutItem),
  'unit-reports/remove-item': method<typeof unitReportsRemoveItem, Meeting>(unitReportsRemoveItem),
  'unit-reports/move-item': method<typeof unitReportsMoveItem, Meeting>(unitReportsMoveItem),
  'meetings/apply-intents': method<typeof batch, Meeting>(batch),
} as const;
