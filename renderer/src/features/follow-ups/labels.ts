// How an assignee of a follow-up reads on screen: the province, a unit's short name, or the follow-up as a whole.
import { assigneeLabel } from '../../../../shared/domain/follow-ups';
import { shortUnitName, unitByCode, type Unit } from '../../../../shared/domain/units';
import { t } from '../../i18n';

export function unitKeyLabel(key: string, units: readonly Unit[]): string {
  const unit = unitByCode(units, key);
  if (unit) return shortUnitName(unit);
  return assigneeLabel(key, units, { province: t.followUps.province, whole: t.followUps.whole });
}
