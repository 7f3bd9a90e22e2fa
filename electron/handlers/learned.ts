// Handlers of the names learned across meetings: the list for the roster's screen, and
// forgetting one. Learning itself happens in attendance/import-apply.
import type { learnedContract, LearnedNameRow } from '../../shared/contract/learned';
import { forgetLearned, type LearnedNames } from '../../shared/domain/learned-names';
import type { Roster } from '../../shared/domain/roster';
import { shortUnitName } from '../../shared/domain/units';
import type { HandlerMap } from './types';

type LearnedMethods = keyof typeof learnedContract;

export function learnedRows(list: LearnedNames, roster: Roster): LearnedNameRow[] {
  return list.entries
    .map((e) => {
      const unit = roster.units.find((u) => u.code === e.unitCode);
      return {
        ...e,
        unitLabel: unit ? shortUnitName(unit) : e.unitCode,
        roleLabel: roster.roles.find((r) => r.id === e.roleId)?.short ?? e.roleId,
        personName: roster.people.find((p) => p.id === e.personId)?.name ?? '',
      };
    })
    .sort((a, b) => a.unitCode.localeCompare(b.unitCode) || a.roleId.localeCompare(b.roleId) || a.name.localeCompare(b.name));
}

export const learnedHandlers: HandlerMap<LearnedMethods> = {
  async 'roster/learned-names'(_input, deps) {
    return learnedRows(deps.store.getLearnedNames(), deps.store.getRoster());
  },
  async 'roster/forget-learned-name'(input, deps) {
    const before = deps.store.getLearnedNames();
    const after = forgetLearned(before, input.id);
    if (after !== before) deps.store.saveLearnedNames(after);
    return learnedRows(after, deps.store.getRoster());
  },
};
