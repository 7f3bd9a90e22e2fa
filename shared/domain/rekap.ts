// Rekap kehadiran: which units come to the province's meetings, and which keep missing.
// Pure functions over a list of meetings: the handlers load the meetings, these count them.
// Only meetings that took place count (not cancelled, not in the bin, started before "now");
// a unit not invited to a meeting has no cell there, so it never lowers that unit's rate.
import type { AttendanceCell, Meeting } from './meeting';
import type { Role } from './roles';
import { baseKind, type Unit, type UnitKind } from './units';
import { sortUnits } from './units';
import { isPresent } from './attendance';
import { formatDateLong, zonedToUtc } from './datetime';
import { itemAt } from '../indexed';

/** What the recap needs of a meeting: the set-up it was held with and who came. */
export type RekapSource = Pick<Meeting, 'id' | 'title' | 'date' | 'startTime' | 'timeZone' | 'status' | 'deletedAt' | 'unitsInvited' | 'rolesInvited'> & {
  minutes: Pick<Meeting['minutes'], 'actualStart'>;
  /** Only the status of each cell matters here. */
  attendance: Record<string, { cells: Record<string, Pick<AttendanceCell, 'status'>> }>;
};

/** What the recap keeps of a meeting: a small copy, cheap to hold for a whole archive. */
export function rekapSourceOf(m: RekapSource): RekapSource {
  const attendance: RekapSource['attendance'] = {};
  for (const [code, unit] of Object.entries(m.attendance)) {
    const cells: Record<string, Pick<AttendanceCell, 'status'>> = {};
    for (const [role, c] of Object.entries(unit.cells)) if (c.status) cells[role] = { status: c.status };
    attendance[code] = { cells };
  }
  return {
    id: m.id,
    title: m.title,
    date: m.date,
    startTime: m.startTime,
    timeZone: m.timeZone,
    status: m.status,
    deletedAt: m.deletedAt,
    unitsInvited: m.unitsInvited,
    rolesInvited: m.rolesInvited,
    minutes: { actualStart: m.minutes.actualStart },
    attendance,
  };
}

export interface RekapFilter {
  /** First day counted, "YYYY-MM-DD"; empty = no lower bound. */
  from: string;
  /** Last day counted, "YYYY-MM-DD"; empty = no upper bound. */
  to: string;
  unitKind: 'all' | 'kabupaten' | 'kota';
  /** Only these units (codes); empty = every unit of unitKind. */
  unitCodes: string[];
  /** Only the meetings of this series (see seriesKey in follow-ups.ts); empty or absent = all. */
  series?: string;
}

export const EMPTY_REKAP_FILTER: RekapFilter = { from: '', to: '', unitKind: 'all', unitCodes: [], series: '' };

/** Roles present of roles invited, for one unit in one meeting. */
export interface Tally {
  present: number;
  invited: number;
}

export interface RekapMeeting {
  id: string;
  title: string;
  date: string;
  startTime: string;
  timeZone: Meeting['timeZone'];
  /** Over the units shown. */
  total: Tally;
  /** Per role id invited to this meeting, over the units shown. */
  perRole: Record<string, Tally>;
  /** Units shown that were invited, and of them those with at least one role present. */
  unitsInvited: number;
  unitsPresent: number;
}

export interface RekapUnit {
  code: string;
  name: string;
  kind: UnitKind;
  /** One entry per meeting of the recap, in the same order; null = not invited to it. */
  cells: Array<Tally | null>;
  total: Tally;
  perRole: Record<string, Tally>;
  meetingsInvited: number;
  /** Meetings invited to where no invited role was present. */
  meetingsMissed: number;
  /**
   * Rate of the later half of the meetings it was invited to minus the rate of the earlier
   * half, in percentage points; null with fewer than two such meetings.
   */
  trend: number | null;
}

export interface RekapRole {
  id: string;
  short: string;
  label: string;
  total: Tally;
}

export interface Rekap {
  filter: RekapFilter;
  /** Meetings counted, oldest first. */
  meetings: RekapMeeting[];
  units: RekapUnit[];
  roles: RekapRole[];
  total: Tally;
  /** Units that missed at least one meeting entirely, most missed first (at most 10). */
  mostMissed: Array<{ code: string; name: string; kind: UnitKind; missed: number; invited: number }>;
  /** Meetings in the period that were left out, and why. */
  excluded: { cancelled: number; notYetHeld: number };
}

/** The moment a meeting began: its recorded actual start, else its scheduled start. */
export function meetingStart(m: Pick<RekapSource, 'date' | 'startTime' | 'timeZone' | 'minutes'>): Date {
  const time = m.minutes.actualStart || m.startTime;
  return zonedToUtc(m.date, time, m.timeZone);
}

/** A meeting counts when it was not cancelled, is not in the bin, and has begun by `now`. */
export function hasTakenPlace(m: Pick<RekapSource, 'status' | 'deletedAt' | 'date' | 'startTime' | 'timeZone' | 'minutes'>, now: Date): boolean {
  if (m.status !== 'aktif' || m.deletedAt) return false;
  return meetingStart(m).getTime() <= now.getTime();
}

export function inPeriod(date: string, filter: Pick<RekapFilter, 'from' | 'to'>): boolean {
  return (!filter.from || date >= filter.from) && (!filter.to || date <= filter.to);
}

/** The units the filter shows, in code order. */
export function unitsOfFilter(units: readonly Unit[], filter: Pick<RekapFilter, 'unitKind' | 'unitCodes'>): Unit[] {
  const picked = new Set(filter.unitCodes);
  return sortUnits(units).filter((u) => (filter.unitKind === 'all' || baseKind(u.kind) === filter.unitKind) && (picked.size === 0 || picked.has(u.code)));
}

/** Present over invited as a fraction, null when nothing was invited (never 0). */
export function rateOf(t: Tally): number | null {
  return t.invited > 0 ? t.present / t.invited : null;
}

/** "66,7%", "100%", "0%"; "—" when there is no rate. One decimal, Indonesian comma. */
export function formatPercent(rate: number | null): string {
  if (rate === null || !Number.isFinite(rate)) return '—';
  const tenths = Math.round(rate * 1000);
  const whole = Math.trunc(tenths / 10);
  const frac = tenths % 10;
  return frac === 0 ? `${whole}%` : `${whole},${frac}%`;
}

/** "+12,5 poin", "−3 poin", "0 poin"; "—" when there is no trend. */
export function formatTrend(points: number | null): string {
  if (points === null || !Number.isFinite(points)) return '—';
  const tenths = Math.round(Math.abs(points) * 10);
  const text = tenths % 10 === 0 ? String(tenths / 10) : `${Math.trunc(tenths / 10)},${tenths % 10}`;
  if (tenths === 0) return '0 poin';
  return `${points > 0 ? '+' : '−'}${text} poin`;
}

const tally = (): Tally => ({ present: 0, invited: 0 });
const add = (into: Tally, present: number, invited: number) => {
  into.present += present;
  into.invited += invited;
};

/** The unit's tally in one meeting, or null when it was not invited. */
export function unitTally(m: Pick<RekapSource, 'unitsInvited' | 'rolesInvited' | 'attendance'>, code: string): Tally | null {
  if (!m.unitsInvited.includes(code)) return null;
  const roles = [...new Set(m.rolesInvited)];
  const cells = m.attendance[code]?.cells;
  let present = 0;
  if (cells) for (const r of roles) if (isPresent(cells[r]?.status)) present++;
  return { present, invited: roles.length };
}

function trendOf(rates: number[]): number | null {
  if (rates.length < 2) return null;
  const half = Math.floor(rates.length / 2);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  // With an odd count the middle meeting belongs to neither half.
  const early = rates.slice(0, half);
  const late = rates.slice(rates.length - half);
  return (mean(late) - mean(early)) * 100;
}

export interface RekapOptions<T extends RekapSource = RekapSource> {
  units: readonly Unit[];
  roles: readonly Role[];
  now: Date;
  filter: RekapFilter;
  /**
   * Any further test a meeting must pass (e.g. belonging to a series); applied after the
   * rules of what counts, so it can narrow the recap but never let a cancelled meeting in.
   */
  where?: (m: T) => boolean;
}

/** The recap of the meetings that took place in the filter's period, for the units it shows. */
export function buildRekap<T extends RekapSource>(meetings: readonly T[], o: RekapOptions<T>): Rekap {
  const excluded = { cancelled: 0, notYetHeld: 0 };
  const counted: T[] = [];
  for (const m of meetings) {
    if (!inPeriod(m.date, o.filter) || m.deletedAt) continue;
    if (o.where && !o.where(m)) continue;
    if (m.status !== 'aktif') excluded.cancelled++;
    else if (!hasTakenPlace(m, o.now)) excluded.notYetHeld++;
    else counted.push(m);
  }
  counted.sort((a, b) => meetingStart(a).getTime() - meetingStart(b).getTime() || a.id.localeCompare(b.id));

  const shown = unitsOfFilter(o.units, o.filter);
  const roleIds = new Set<string>();
  for (const m of counted) for (const r of m.rolesInvited) roleIds.add(r);
  // Roles in the roster's order; a role since removed from the roster still counts, by its id.
  const orderedRoles = [
    ...o.roles.filter((r) => roleIds.has(r.id)),
    ...[...roleIds].filter((id) => !o.roles.some((r) => r.id === id)).map((id) => ({ id, short: id, label: id, keywords: [] })),
  ];
  const roleTotals = new Map(orderedRoles.map((r) => [r.id, tally()]));
  const total = tally();

  const rows: RekapUnit[] = shown.map((u) => ({
    code: u.code,
    name: u.name,
    kind: u.kind,
    cells: [],
    total: tally(),
    perRole: {},
    meetingsInvited: 0,
    meetingsMissed: 0,
    trend: null,
  }));
  const rates: number[][] = rows.map(() => []);

  const rekapMeetings: RekapMeeting[] = counted.map((m) => {
    const roles = [...new Set(m.rolesInvited)];
    const invited = new Set(m.unitsInvited);
    const rm: RekapMeeting = {
      id: m.id,
      title: m.title,
      date: m.date,
      startTime: m.minutes.actualStart || m.startTime,
      timeZone: m.timeZone,
      total: tally(),
      perRole: Object.fromEntries(roles.map((r) => [r, tally()])),
      unitsInvited: 0,
      unitsPresent: 0,
    };
    rows.forEach((row, i) => {
      if (!invited.has(row.code)) {
        row.cells.push(null);
        return;
      }
      const cells = m.attendance[row.code]?.cells;
      let present = 0;
      for (const r of roles) {
        const here = cells && isPresent(cells[r]?.status) ? 1 : 0;
        present += here;
        add(rm.perRole[r]!, here, 1);
        add(roleTotals.get(r)!, here, 1);
        add((row.perRole[r] ??= tally()), here, 1);
      }
      row.cells.push({ present, invited: roles.length });
      add(row.total, present, roles.length);
      add(rm.total, present, roles.length);
      add(total, present, roles.length);
      row.meetingsInvited++;
      rm.unitsInvited++;
      if (present > 0) rm.unitsPresent++;
      else row.meetingsMissed++;
      if (roles.length) itemAt(rates, i).push(present / roles.length);
    });
    return rm;
  });
  rows.forEach((row, i) => (row.trend = trendOf(itemAt(rates, i))));

  const mostMissed = rows
    .filter((r) => r.meetingsMissed > 0)
    .sort((a, b) => b.meetingsMissed - a.meetingsMissed || (rateOf(a.total) ?? 0) - (rateOf(b.total) ?? 0) || a.code.localeCompare(b.code))
    .slice(0, 10)
    .map((r) => ({ code: r.code, name: r.name, kind: r.kind, missed: r.meetingsMissed, invited: r.meetingsInvited }));

  return {
    filter: o.filter,
    meetings: rekapMeetings,
    units: rows,
    roles: orderedRoles.map((r) => ({ id: r.id, short: r.short, label: r.label, total: roleTotals.get(r.id)! })),
    total,
    mostMissed,
    excluded,
  };
}

/** One meeting in a unit's attendance history. */
export interface UnitHistoryEntry {
  id: string;
  title: string;
  date: string;
  timeZone: Meeting['timeZone'];
  /** Per role invited: present or not. */
  roles: Array<{ id: string; present: boolean }>;
  tally: Tally;
}

/** The meetings a unit was invited to that took place, newest first, with what it attended. */
export function unitHistory(meetings: readonly RekapSource[], code: string, now: Date): { entries: UnitHistoryEntry[]; total: Tally } {
  const entries: UnitHistoryEntry[] = [];
  const total = tally();
  for (const m of meetings) {
    if (!hasTakenPlace(m, now)) continue;
    const t = unitTally(m, code);
    if (!t) continue;
    const cells = m.attendance[code]?.cells;
    entries.push({
      id: m.id,
      title: m.title,
      date: m.date,
      timeZone: m.timeZone,
      roles: [...new Set(m.rolesInvited)].map((id) => ({ id, present: isPresent(cells?.[id]?.status) })),
      tally: t,
    });
    add(total, t.present, t.invited);
  }
  entries.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  return { entries, total };
}

/** Heat-map band of a cell (0 = none present … 4 = all present), for colour and for words. */
export function rateBand(t: Tally): 0 | 1 | 2 | 3 | 4 {
  if (t.invited === 0 || t.present === 0) return 0;
  if (t.present >= t.invited) return 4;
  const r = t.present / t.invited;
  return r >= 2 / 3 ? 3 : r >= 1 / 3 ? 2 : 1;
}

/** "1 Januari 2026 s.d. 31 Desember 2026"; without bounds, the span of the meetings counted. */
export function periodInWords(rekap: Pick<Rekap, 'filter' | 'meetings'>): string {
  const { from, to } = rekap.filter;
  if (from && to) return from === to ? formatDateLong(from) : `${formatDateLong(from)} s.d. ${formatDateLong(to)}`;
  if (from) return `sejak ${formatDateLong(from)}`;
  if (to) return `sampai dengan ${formatDateLong(to)}`;
  const first = rekap.meetings[0]?.date;
  const last = rekap.meetings.at(-1)?.date;
  if (!first || !last) return 'semua rapat';
  return first === last ? formatDateLong(first) : `${formatDateLong(first)} s.d. ${formatDateLong(last)}`;
}

/**
 * "38 KPU Kabupaten/Kota", "29 KPU Kabupaten", "9 KPU Kota", "3 KPU Kabupaten/Kota terpilih";
 * `unitsWord` is what the organisation's units are called (unitsWordOf: "KPU Provinsi", "PPK"...).
 */
export function unitsShownInWords(rekap: Pick<Rekap, 'filter' | 'units'>, unitsWord: string): string {
  const n = rekap.units.length;
  const kind = rekap.filter.unitKind === 'kabupaten' ? 'Kabupaten' : rekap.filter.unitKind === 'kota' ? 'Kota' : null;
  const word = kind ? unitsWord.replace('Kabupaten/Kota', kind) : unitsWord;
  return `${n} ${word}${rekap.filter.unitCodes.length ? ' terpilih' : ''}`;
}

/** "Kab. Tulungagung", "Kota Batu". */
export function rekapUnitName(u: Pick<RekapUnit, 'name' | 'kind'>): string {
  return `${u.kind === 'kota' ? 'Kota' : 'Kab.'} ${u.name}`;
}

/** "25/05/2022": the short date of a column heading. */
export function shortDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** One point of the rate chart: a meeting, or a month of meetings when there are many. */
export interface RatePoint {
  label: string;
  /** Rates 0..1 over all roles and per role id; null where nothing was invited. */
  all: number | null;
  perRole: Record<string, number | null>;
  meetings: number;
}

const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

/**
 * The attendance rate over time, per meeting; with more than `maxPoints` meetings, per month
 * (the month's roles present over its roles invited), since hundreds of points on one line
 * cannot be read and cost the chart most of the page's drawing time.
 */
export function rateSeries(rekap: Pick<Rekap, 'meetings' | 'roles'>, maxPoints = 60): { byMonth: boolean; points: RatePoint[] } {
  const byMonth = rekap.meetings.length > maxPoints;
  const groups: Array<{ label: string; total: Tally; perRole: Record<string, Tally>; meetings: number }> = [];
  rekap.meetings.forEach((m, i) => {
    const label = byMonth ? `${MONTH_SHORT[Number(m.date.slice(5, 7)) - 1]} ${m.date.slice(0, 4)}` : `${i + 1} · ${shortDate(m.date)}`;
    let g = groups.at(-1);
    if (!g || g.label !== label) groups.push((g = { label, total: tally(), perRole: {}, meetings: 0 }));
    add(g.total, m.total.present, m.total.invited);
    for (const [id, t] of Object.entries(m.perRole)) add((g.perRole[id] ??= tally()), t.present, t.invited);
    g.meetings++;
  });
  return {
    byMonth,
    points: groups.map((g) => ({
      label: g.label,
      all: rateOf(g.total),
      perRole: Object.fromEntries(rekap.roles.map((r) => [r.id, g.perRole[r.id] ? rateOf(g.perRole[r.id]!) : null])),
      meetings: g.meetings,
    })),
  };
}
