// Who came: the counts the minutes print under "Peserta" and the attendance screen shows
// live. Only invited units and invited roles count, so an uninvited cell never inflates them.
import type { AttendanceStatus, Meeting } from './meeting';

export interface AttendanceCounts {
  /** Invited units with at least one invited role present (hadir or terlambat). */
  unitsPresent: number;
  unitsInvited: number;
  /** Invited role cells present, over all invited units. */
  peoplePresent: number;
  /** Present cells per invited role id. */
  perRole: Record<string, number>;
  /** Invited unit codes with nobody present, in code order. */
  missingUnits: string[];
}

export function isPresent(status: AttendanceStatus | null | undefined): boolean {
  return status === 'hadir' || status === 'terlambat';
}

export function attendanceCounts(meeting: Pick<Meeting, 'unitsInvited' | 'rolesInvited' | 'attendance'>): AttendanceCounts {
  const perRole: Record<string, number> = {};
  for (const roleId of meeting.rolesInvited) perRole[roleId] = 0;
  const units = [...new Set(meeting.unitsInvited)];
  let unitsPresent = 0;
  let peoplePresent = 0;
  const missingUnits: string[] = [];
  for (const code of units) {
    const cells = meeting.attendance[code]?.cells;
    let here = 0;
    if (cells) {
      for (const roleId of meeting.rolesInvited) {
        if (isPresent(cells[roleId]?.status)) {
          here++;
          perRole[roleId] = (perRole[roleId] ?? 0) + 1;
        }
      }
    }
    peoplePresent += here;
    if (here > 0) unitsPresent++;
    else missingUnits.push(code);
  }
  missingUnits.sort((a, b) => a.localeCompare(b));
  return { unitsPresent, unitsInvited: units.length, peoplePresent, perRole, missingUnits };
}
