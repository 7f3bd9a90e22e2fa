// Contract methods of the names learned across meetings (a screen of the roster): list them,
// and forget one. They are learned by `attendance/import-apply`, never sent by the page.
import { z } from 'zod';
import { method, idString } from './define';
import type { LearnedName } from '../domain/learned-names';

export interface LearnedNameRow extends LearnedName {
  /** "Kab. Ngawi", "Operator Medsos", the roster holder's name: for the list, as stored now. */
  unitLabel: string;
  roleLabel: string;
  personName: string;
}

const noInput = z.object({}).strict();
const forgetInput = z.object({ id: idString }).strict();

export const learnedContract = {
  'roster/learned-names': method<typeof noInput, LearnedNameRow[]>(noInput),
  /** Forget one learned name; answers the list as it is afterwards. */
  'roster/forget-learned-name': method<typeof forgetInput, LearnedNameRow[]>(forgetInput),
} as const;
