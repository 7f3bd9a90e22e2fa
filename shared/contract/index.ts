// The one API contract: every method the UI can call, by name, with its input schema and
// output type. Adding a method is one entry in a feature's contract file plus its handler.
import type { z } from 'zod';
import type { MethodSpec } from './define';
import { coreContract } from './core';
import { rosterContract } from './roster';
import { settingsContract } from './settings';
import { backupsContract } from './backups';
import { minutesContract } from './minutes';
import { invitationsContract } from './invitations';
import { attendanceContract } from './attendance';
import { intentsContract } from './intents';
import { transcriptContract } from './transcript';
import { learnedContract } from './learned';
import { rekapContract } from './rekap';
import { followUpsContract } from './follow-ups';
import { reportsContract } from './reports';
import { unitReportsContract } from './unit-reports';
import { unitsContract } from './units';

function merge<T extends Record<string, MethodSpec<z.ZodType, unknown>>[]>(...parts: T) {
  const out: Record<string, MethodSpec<z.ZodType, unknown>> = {};
  for (const part of parts) {
    for (const [name, spec] of Object.entries(part)) {
      if (name in out) throw new Error(`Duplicate contract method: ${name}`);
      out[name] = spec;
    }
  }
  return out as UnionToIntersection<T[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

export const contract = merge(
  coreContract,
  rosterContract,
  settingsContract,
  backupsContract,
  minutesContract,
  invitationsContract,
  attendanceContract,
  intentsContract,
  transcriptContract,
  learnedContract,
  rekapContract,
  followUpsContract,
  reportsContract,
  unitReportsContract,
  unitsContract,
);

export type Contract = typeof contract;
export type MethodName = keyof Contract & string;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = Contract[M]['output'];

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './define';
export type { AppInfo, DamagedFile, MeetingList } from './core';
