// The text fields of a meeting that two windows may both type into, by a key: "points:<speaker
// id>:<index>", "conclusion:<index>", "speaker:<id>:name", "speaker:<id>:jabatan", and a text
// answer of the per-unit report table, "answer:<unit code>:<item id>".
// A window remembers what it last stored in each field; when another
// window's change replaces that text, it says so next to the field and offers the text back.
import type { Meeting } from './meeting';
import type { MeetingIntent } from './meeting-intents';

export interface FieldValue {
  key: string;
  value: string;
}

/** The text fields an intent sets, with the text it sets them to. */
export function fieldsOfIntent(intent: MeetingIntent): FieldValue[] {
  switch (intent.method) {
    case 'speakers/set-points': {
      const { speakerId, points, base } = intent.input;
      return points.flatMap((value, i) => (base && base[i] === value ? [] : [{ key: `points:${speakerId}:${i}`, value }]));
    }
    case 'speakers/update': {
      const out: FieldValue[] = [];
      const { speakerId, patch } = intent.input;
      if (patch.name !== undefined) out.push({ key: `speaker:${speakerId}:name`, value: patch.name });
      if (patch.jabatan !== undefined) out.push({ key: `speaker:${speakerId}:jabatan`, value: patch.jabatan });
      return out;
    }
    case 'minutes/update': {
      const { conclusions } = intent.input.patch;
      const base = intent.input.base?.conclusions;
      if (!conclusions) return [];
      return conclusions.flatMap((value, i) => (base && base[i] === value ? [] : [{ key: `conclusion:${i}`, value }]));
    }
    case 'unit-reports/set-answers':
      // Only text answers are typed at length; a choice or a number shows at once in the table.
      return intent.input.answers.flatMap((a) => (typeof a.value === 'string' ? [{ key: `answer:${a.unitCode}:${a.itemId}`, value: a.value.trim() }] : []));
    default:
      // Attendance cells and notes: the later change wins without a notice (a status is
      // seen at once in the grid; a note is a line, not a text to offer back).
      return [];
  }
}

/** The text of a field in a meeting; undefined when the field is not there (the speaker was removed). */
export function fieldValue(m: Meeting, key: string): string | undefined {
  const [kind, a, b] = key.split(':');
  switch (kind) {
    case 'points':
      return m.speakers.find((s) => s.id === a)?.points[Number(b)];
    case 'speaker': {
      const s = m.speakers.find((x) => x.id === a);
      return b === 'name' ? s?.name : b === 'jabatan' ? s?.jabatan : undefined;
    }
    case 'conclusion':
      return m.minutes.conclusions[Number(a)];
    case 'answer': {
      if (a === undefined || b === undefined || !m.reportItems.some((it) => it.id === b && it.type !== 'angka')) return undefined;
      const v = m.reportAnswers[a]?.[b];
      return typeof v === 'string' ? v : '';
    }
    default:
      return undefined;
  }
}

/** The intent that puts `value` back into a field of `m`, or null when the field is gone. */
export function intentToSetField(m: Meeting, key: string, value: string): MeetingIntent | null {
  const [kind, a = '', b] = key.split(':');
  switch (kind) {
    case 'points': {
      const s = m.speakers.find((x) => x.id === a);
      const i = Number(b);
      if (!s || !Number.isInteger(i) || i < 0 || i > s.points.length) return null;
      const points = [...s.points];
      points[i] = value;
      return { method: 'speakers/set-points', input: { speakerId: a, points, base: [...s.points] } };
    }
    case 'speaker':
      if (!m.speakers.some((x) => x.id === a) || (b !== 'name' && b !== 'jabatan')) return null;
      return { method: 'speakers/update', input: { speakerId: a, patch: { [b]: value } } };
    case 'conclusion': {
      const i = Number(a);
      const list = m.minutes.conclusions;
      if (!Number.isInteger(i) || i < 0 || i > list.length) return null;
      const conclusions = [...list];
      conclusions[i] = value;
      return { method: 'minutes/update', input: { patch: { conclusions }, base: { conclusions: [...list] } } };
    }
    case 'answer':
      if (a === undefined || b === undefined || !m.reportItems.some((it) => it.id === b && it.type !== 'angka')) return null;
      return { method: 'unit-reports/set-answers', input: { answers: [{ unitCode: a, itemId: b, value: value || null }] } };
    default:
      return null;
  }
}

/** A window's text that another window's change replaced. */
export interface ReplacedField {
  key: string;
  /** What this window had stored there. */
  mine: string;
  /** What is there now. */
  theirs: string;
}

/**
 * The fields whose text this window had stored (`mine`) and which the change from `before`
 * to `after`, made elsewhere, replaced with other text.
 */
export function replacedFields(mine: ReadonlyMap<string, string>, before: Meeting, after: Meeting): ReplacedField[] {
  const out: ReplacedField[] = [];
  for (const [key, value] of mine) {
    const was = fieldValue(before, key);
    const now = fieldValue(after, key);
    if (was === value && now !== undefined && now !== value) out.push({ key, mine: value, theirs: now });
  }
  return out;
}
