// Meetings for the recap tests: a default Parmas rakor on a date, with the roles present per
// unit given as a short map ({ '3504': ['parmas', 'tekmas'] }).
import { defaultMeetingSetup, newMeeting, type AttendanceStatus, type Meeting } from '../../../shared/domain/meeting';

export interface RekapMeetingOptions {
  title?: string;
  startTime?: string;
  status?: Meeting['status'];
  deletedAt?: string;
  unitsInvited?: string[];
  rolesInvited?: string[];
  /** Cells to mark with another status than hadir, e.g. { '3501': { parmas: 'izin' } }. */
  other?: Record<string, Record<string, AttendanceStatus>>;
}

export function rekapMeeting(id: string, date: string, present: Record<string, string[]>, o: RekapMeetingOptions = {}): Meeting {
  const m = newMeeting({ ...defaultMeetingSetup(date), title: o.title ?? `Rakor ${date}` }, id, '2020-01-01T00:00:00.000Z');
  if (o.startTime) m.startTime = o.startTime;
  if (o.status) m.status = o.status;
  if (o.deletedAt) m.deletedAt = o.deletedAt;
  if (o.unitsInvited) m.unitsInvited = o.unitsInvited;
  if (o.rolesInvited) m.rolesInvited = o.rolesInvited;
  const cell = (status: AttendanceStatus) => ({
    status,
    name: '',
    joinTime: '',
    durationMinutes: null,
    source: 'manual' as const,
    importKey: '',
    personId: '',
  });
  for (const [code, roles] of Object.entries(present)) {
    m.attendance[code] = { cells: Object.fromEntries(roles.map((r) => [r, cell('hadir')])), note: '' };
  }
  for (const [code, roles] of Object.entries(o.other ?? {})) {
    m.attendance[code] ??= { cells: {}, note: '' };
    for (const [r, status] of Object.entries(roles)) m.attendance[code].cells[r] = cell(status);
  }
  return m;
}
