// Names learned across meetings: when the user places a report row by hand ("Galaxy A52" ->
// Kab. Ngawi, operator), the display name or email and the cell are kept, and the next import
// proposes the same cell. These are personal data (UU PDP 27/2022): each entry names the roster
// person of that cell, and removing the person removes what was learned about them.
import { z } from 'zod';
import type { Person } from './roster';
import { normalizeWords } from './unit-match';

export const LEARNED_SCHEMA_VERSION = 1;

export const LearnedNameSchema = z.object({
  id: z.string().min(1).max(60),
  /** The display name as the report wrote it. */
  name: z.string().max(300),
  email: z.string().max(300),
  unitCode: z.string().min(1).max(10),
  roleId: z.string().min(1).max(60),
  /** The roster person holding that cell when it was learned; empty when nobody did. */
  personId: z.string().max(60),
  meetingId: z.string().max(60),
  /** "YYYY-MM-DD" of the meeting it was learned at. */
  meetingDate: z.string().max(10),
  meetingTitle: z.string().max(500),
  /** ISO instant. */
  learnedAt: z.string().max(40),
});
export type LearnedName = z.infer<typeof LearnedNameSchema>;

export const LearnedNamesSchema = z.object({ entries: z.array(LearnedNameSchema).max(20000) });
export type LearnedNames = z.infer<typeof LearnedNamesSchema>;

export function emptyLearnedNames(): LearnedNames {
  return { entries: [] };
}

/** One identity per entry: the email when there is one, else the display name's words. */
export function learnedKey(name: string, email: string): string {
  const e = email.trim().toLowerCase();
  if (e) return `e:${e}`;
  return `n:${normalizeWords(name).join(' ')}`;
}

export function findLearned(list: LearnedNames, name: string, email: string): LearnedName | undefined {
  const key = learnedKey(name, email);
  if (key === 'n:') return undefined;
  return list.entries.find((e) => learnedKey(e.name, e.email) === key);
}

export interface LearnItem {
  name: string;
  email: string;
  unitCode: string;
  roleId: string;
  personId: string;
}

export interface LearnContext {
  meetingId: string;
  meetingDate: string;
  meetingTitle: string;
  now: Date;
  newId: () => string;
}

/** Remember each item, replacing what was learned before for the same name or email. */
export function learnNames(list: LearnedNames, items: readonly LearnItem[], ctx: LearnContext): LearnedNames {
  if (items.length === 0) return list;
  const entries = [...list.entries];
  let changed = false;
  for (const item of items) {
    const key = learnedKey(item.name, item.email);
    if (key === 'n:') continue;
    const at = entries.findIndex((e) => learnedKey(e.name, e.email) === key);
    const before = at >= 0 ? entries[at] : undefined;
    if (before && before.unitCode === item.unitCode && before.roleId === item.roleId && before.personId === item.personId) continue;
    const entry: LearnedName = {
      id: before?.id ?? ctx.newId(),
      name: item.name.trim().slice(0, 300),
      email: item.email.trim().toLowerCase().slice(0, 300),
      unitCode: item.unitCode,
      roleId: item.roleId,
      personId: item.personId,
      meetingId: ctx.meetingId,
      meetingDate: ctx.meetingDate,
      meetingTitle: ctx.meetingTitle.slice(0, 500),
      learnedAt: ctx.now.toISOString(),
    };
    if (at >= 0) entries[at] = entry;
    else entries.push(entry);
    changed = true;
  }
  return changed ? { entries } : list;
}

export function forgetLearned(list: LearnedNames, id: string): LearnedNames {
  const entries = list.entries.filter((e) => e.id !== id);
  return entries.length === list.entries.length ? list : { entries };
}

/**
 * What was learned about a person: entries that name them as the holder of the cell, and
 * entries under their email address or their name.
 */
export function learnedAbout(list: LearnedNames, person: Pick<Person, 'id' | 'name' | 'email'>): LearnedName[] {
  const email = person.email.trim().toLowerCase();
  const name = normalizeWords(person.name).join(' ');
  return list.entries.filter(
    (e) => e.personId === person.id || (email !== '' && e.email === email) || (name !== '' && normalizeWords(e.name).join(' ') === name),
  );
}

export function forgetPerson(list: LearnedNames, person: Pick<Person, 'id' | 'name' | 'email'>): LearnedNames {
  const drop = new Set(learnedAbout(list, person).map((e) => e.id));
  if (drop.size === 0) return list;
  return { entries: list.entries.filter((e) => !drop.has(e.id)) };
}
