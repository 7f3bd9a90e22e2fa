// One figure of the bench, as bench/results.json holds it, and the median row every timed
// figure is reported as.
import { itemAt } from '../shared/indexed';

export interface FigureRow {
  name: string;
  target: string;
  value?: number | string;
  median_ms?: number;
  min_ms?: number;
  max_ms?: number;
  met: boolean;
  runs?: number;
}

/** Milliseconds to one decimal, as the table prints them. */
export const round = (n: number) => Math.round(n * 10) / 10;

/** The middle of `times` (the upper one of an even count); NaN when there is none. */
export function median(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted.length ? itemAt(sorted, Math.floor(sorted.length / 2)) : NaN;
}

/** The row of a timed figure: median, min and max of `times`, met when the median is within `targetMs`. */
export function medianRow(name: string, targetMs: number, times: readonly number[]): FigureRow {
  const mid = median(times);
  return {
    name,
    target: `median <= ${targetMs} ms`,
    median_ms: round(mid),
    min_ms: round(Math.min(...times)),
    max_ms: round(Math.max(...times)),
    met: mid <= targetMs,
    runs: times.length,
  };
}
