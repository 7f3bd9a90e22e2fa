// Handler dependencies over a real temporary data folder, with a clock and ids the test controls.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataStore } from '../../electron/storage/data-store';
import { confJsonFile } from '../../electron/storage/json-file';
import { dispatch } from '../../electron/handlers';
import type { HandlerDeps } from '../../electron/handlers/types';
import type { InputOf, MethodName, OutputOf } from '../../shared/contract';
import { setupOf, type Meeting, type MeetingSetup } from '../../shared/domain/meeting';
import type { Roster } from '../../shared/domain/roster';
import type { AttendanceImportPreview } from '../../shared/contract/attendance';
import { importPlanOptions, planAttendanceImport, targetsFromDecisions, type ImportPlan } from '../../shared/domain/attendance-ops';

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'rakor-test-'));
}

export function makeDeps(dir = tempDir(), start = new Date('2026-11-28T02:00:00Z')): HandlerDeps & { tick(ms?: number): void } {
  let now = start.getTime();
  let n = 0;
  const clock = () => new Date(now);
  return {
    store: new DataStore(dir, confJsonFile, clock).open(),
    clock,
    newId: () => `m${String(++n).padStart(4, '0')}`,
    transport: 'web',
    version: 'test',
    tick(ms = 1000) {
      now += ms;
    },
  };
}

export async function call<M extends MethodName>(deps: HandlerDeps, method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const res = await dispatch(deps, method, input);
  if (!res.ok) throw Object.assign(new Error(res.error.message), { code: res.error.code, details: res.error.details });
  return res.value as OutputOf<M>;
}

export async function callError(deps: HandlerDeps, method: string, input: unknown) {
  const res = await dispatch(deps, method, input);
  if (res.ok) throw new Error(`expected ${method} to fail`);
  return res.error;
}

/** Seed a roster straight through the store (no contract method takes a whole roster). */
export function seedRoster(deps: HandlerDeps, roster: Roster): Roster {
  deps.store.saveRoster(roster);
  return roster;
}

/** Change a meeting's set-up through the contract, as the form does. */
export async function changeSetup(deps: HandlerDeps, id: string, patch: Partial<MeetingSetup>): Promise<Meeting> {
  const m = await call(deps, 'meetings/get', { id });
  return call(deps, 'meetings/update-setup', { id, setup: { ...setupOf(m), ...patch } });
}

/**
 * What the import review shows before any decision (the automatic rows only): the shared plan
 * of the stored meeting and roster with the preview's options, as the review computes it.
 */
export function reviewPlan(deps: HandlerDeps, id: string, preview: AttendanceImportPreview): ImportPlan {
  const none = { assign: [], skip: [], overwrite: [] };
  return planAttendanceImport(deps.store.getMeeting(id), targetsFromDecisions(preview.rows, none), importPlanOptions(deps.store.getRoster(), preview));
}
