// The meetings list's filter by series, year and status: the choices the list offers and
// whether a meeting passes. A series is matched by seriesKey, as everywhere else.
import type { MeetingSummary } from '../../../../shared/domain/meeting';
import { cleanSeriesName, seriesKey } from '../../../../shared/domain/follow-ups';
import { t } from '../../i18n';

export const NO_SERIES = '__tanpa_seri';

export interface MeetingFilter {
  /** A series' key, NO_SERIES, or null for all. */
  series: string | null;
  year: string | null;
  status: 'draft' | 'final' | 'batal' | null;
}

export function matchesMeetingFilter(m: MeetingSummary, f: MeetingFilter): boolean {
  const key = seriesKey(m.series ?? '');
  if (f.series === NO_SERIES ? key !== '' : f.series !== null && key !== f.series) return false;
  if (f.year !== null && m.date.slice(0, 4) !== f.year) return false;
  if (f.status === 'batal' && m.status !== 'batal') return false;
  if ((f.status === 'draft' || f.status === 'final') && (m.status === 'batal' || (m.minutesStatus ?? 'draft') !== f.status)) return false;
  return true;
}

export function meetingFilterOptions(meetings: readonly MeetingSummary[]) {
  const series = new Map<string, string>();
  for (const m of meetings) {
    const key = seriesKey(m.series ?? '');
    if (key) series.set(key, cleanSeriesName(m.series));
  }
  const years = [...new Set(meetings.map((m) => m.date.slice(0, 4)))].sort().reverse();
  return {
    series: [
      ...[...series].sort((a, b) => a[1].localeCompare(b[1], 'id')).map(([value, label]) => ({ value, label })),
      { value: NO_SERIES, label: t.followUps.noSeries },
    ],
    years: years.map((y) => ({ value: y, label: y })),
    statuses: (['draft', 'final', 'batal'] as const).map((value) => ({ value, label: t.followUps.statusOptions[value] })),
  };
}
