// Default wording of letters, minutes and messages, as data. A user's override (kept in
// Settings.templates under the same key) replaces the text; the placeholders stay the same.
// Each feature adds its templates to its own file here and lists them in TEMPLATES.

import { LETTER_TEMPLATES } from './letter';
import { MINUTES_TEMPLATES } from './minutes';
import { INVITATION_TEMPLATES } from './invitation';
import { NEWS_TEMPLATES } from './news';

export interface TemplateDef {
  key: string;
  /** What the user sees in Settings. */
  label: string;
  text: string;
  /** Every placeholder the template may use, with what it holds. */
  placeholders: Record<string, string>;
}

export const TEMPLATES: TemplateDef[] = [...LETTER_TEMPLATES, ...MINUTES_TEMPLATES, ...INVITATION_TEMPLATES, ...NEWS_TEMPLATES];

export function templateText(key: string, overrides: Record<string, string> | undefined): string {
  const def = TEMPLATES.find((t) => t.key === key);
  if (!def) throw new Error(`Unknown template: ${key}`);
  const own = overrides?.[key];
  return own !== undefined && own.trim() !== '' ? own : def.text;
}
