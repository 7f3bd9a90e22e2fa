// The handler map covers the contract exactly: every method once, nothing else. The wrong
// lists below are type errors (`npm run typecheck` fails when one of them stops being one,
// through the unused @ts-expect-error); the map the app runs is checked at run time as well.
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES, type MethodName } from '../../shared/contract';
import { handlers, mergeHandlers } from '../../electron/handlers';
import { coreHandlers } from '../../electron/handlers/core';
import { rosterHandlers } from '../../electron/handlers/roster';
import { settingsHandlers } from '../../electron/handlers/settings';
import { backupHandlers } from '../../electron/handlers/backups';
import { minutesHandlers } from '../../electron/handlers/minutes';
import { invitationHandlers } from '../../electron/handlers/invitations';
import { attendanceHandlers } from '../../electron/handlers/attendance';
import { intentHandlers } from '../../electron/handlers/intents';
import { transcriptHandlers } from '../../electron/handlers/transcript';
import { learnedHandlers } from '../../electron/handlers/learned';
import { rekapHandlers } from '../../electron/handlers/rekap';
import { followUpHandlers } from '../../electron/handlers/follow-ups';
import { reportHandlers } from '../../electron/handlers/reports';
import { unitReportHandlers } from '../../electron/handlers/unit-reports';
import { unitHandlers } from '../../electron/handlers/units';
import type { HandlerMap } from '../../electron/handlers/types';

describe('the handler map', () => {
  it('has one handler for every contract method and none besides', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort());
    for (const name of METHOD_NAMES) expect(typeof handlers[name], name).toBe('function');
  });

  it('is a type error when a group is left out, added twice, or brings a method the contract lacks', () => {
    const all = [
      coreHandlers,
      rosterHandlers,
      settingsHandlers,
      backupHandlers,
      minutesHandlers,
      invitationHandlers,
      attendanceHandlers,
      intentHandlers,
      transcriptHandlers,
      learnedHandlers,
      rekapHandlers,
      followUpHandlers,
      reportHandlers,
      unitReportHandlers,
      unitHandlers,
    ] as const;
    const complete: HandlerMap = mergeHandlers(...all);
    // @ts-expect-error the report handlers are missing
    const missing: HandlerMap = mergeHandlers(
      coreHandlers,
      rosterHandlers,
      settingsHandlers,
      backupHandlers,
      minutesHandlers,
      invitationHandlers,
      attendanceHandlers,
      intentHandlers,
      transcriptHandlers,
      learnedHandlers,
      rekapHandlers,
      followUpHandlers,
    );
    // @ts-expect-error the settings handlers stand twice
    const twice: HandlerMap = mergeHandlers(...all, settingsHandlers);
    const stray = { 'app/format-disk': async () => ({ ok: true }) };
    // @ts-expect-error a method the contract does not have
    const extra: HandlerMap = mergeHandlers(...all, stray);
    expect(Object.keys(complete)).toHaveLength(METHOD_NAMES.length);
    expect(Object.keys(missing)).not.toContain('report/export-docx' satisfies MethodName);
    expect(Object.keys(twice)).toHaveLength(METHOD_NAMES.length);
    expect(Object.keys(extra)).toContain('app/format-disk');
  });
});
