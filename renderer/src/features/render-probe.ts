// What a keystroke renders, counted for the tests and the bench only. Nothing is recorded
// unless the page defines window.__rakorRenders before the app starts (a Playwright init
// script does); in the app itself each probe is one property lookup.
import type { ProfilerOnRenderCallback } from 'react';

export interface RenderLog {
  /** Renders of each probed component instance, by name, e.g. "speaker-card:<id>" or "quick-item:<label>". */
  renders: Record<string, number>;
  /**
   * React Profiler commits. React reports them only from its profiling renderer, i.e. in a
   * build made with RAKOR_REACT_PROFILING=1; the ordinary build leaves this empty.
   */
  commits: Array<{ id: string; phase: string; actualDuration: number }>;
}

declare global {
  interface Window {
    __rakorRenders?: RenderLog;
  }
}

/** Called in a component's body: one more render of `name`. */
export function countRender(name: string): void {
  const log = typeof window === 'undefined' ? undefined : window.__rakorRenders;
  if (log) log.renders[name] = (log.renders[name] ?? 0) + 1;
}

/** The onRender of the <Profiler> around the speakers and the minutes. */
export const onProfilerRender: ProfilerOnRenderCallback = (id, phase, actualDuration) => {
  window.__rakorRenders?.commits.push({ id, phase, actualDuration });
};
