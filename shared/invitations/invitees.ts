// Who receives an invitation: the roster holders of the invited roles in the invited units,
// with the email a calendar can use. The wording about the meeting itself lives in
// shared/domain/meeting-words.ts.
import type { Meeting } from '../domain/meeting';
import type { Person, Roster } from '../domain/roster';
import { roleById } from '../domain/roles';
import { officialUnitName } from '../domain/units';
import { hasVisibleText, invitedUnits } from '../domain/meeting-words';

export interface Invitee {
  person: Person;
  unitCode: string;
  unitName: string;
  roleId: string;
  roleLabel: string;
  /** The email to invite, or null when missing or not an address a calendar can use. */
  email: string | null;
  /** Name to show: the person's name, else the role and unit. */
  displayName: string;
}

// Deliberately narrower than RFC 5321: '%', '?' and '#' would need percent-encoding inside a
// mailto: URI, which calendar programs then fail to match against the address.
const EMAIL_RE = /^[A-Za-z0-9.!$&'*+/=^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** The address as a calendar can use it (trimmed), or null. */
export function usableEmail(raw: string): string | null {
  const email = raw.trim();
  return email.length <= 254 && EMAIL_RE.test(email) ? email : null;
}

/**
 * Everyone on the roster holding an invited role in the invited units (or in one unit),
 * ordered by unit code and then by the order of the invited roles.
 */
export function inviteesOf(meeting: Pick<Meeting, 'unitsInvited' | 'rolesInvited'>, roster: Roster, unitCode?: string): Invitee[] {
  const units = invitedUnits(meeting, roster).filter((u) => unitCode === undefined || u.code === unitCode);
  const out: Invitee[] = [];
  for (const unit of units) {
    for (const roleId of meeting.rolesInvited) {
      const roleLabel = roleById(roster.roles, roleId)?.label ?? roleId;
      for (const person of roster.people) {
        if (person.unitCode !== unit.code || person.roleId !== roleId) continue;
        const unitName = officialUnitName(unit);
        out.push({
          person,
          unitCode: unit.code,
          unitName,
          roleId,
          roleLabel,
          email: usableEmail(person.email),
          displayName: hasVisibleText(person.name) ? person.name.trim() : `${roleLabel} ${unitName}`,
        });
      }
    }
  }
  return out;
}
