// All handlers in one map, checked against the contract by the typecheck, and the one dispatch
// function both transports call: validate the input, run the handler, shape the result.
import { contract, isMethodName, type ApiResult, type MethodName } from '../../shared/contract';
import { AppError, errors } from '../../shared/errors';
import { coreHandlers } from './core';
import { rosterHandlers } from './roster';
import { settingsHandlers } from './settings';
import { backupHandlers } from './backups';
import { minutesHandlers } from './minutes';
import { invitationHandlers } from './invitations';
import { attendanceHandlers } from './attendance';
import { intentHandlers } from './intents';
import { transcriptHandlers } from './transcript';
import { learnedHandlers } from './learned';
import { rekapHandlers } from './rekap';
import { followUpHandlers } from './follow-ups';
import { reportHandlers } from './reports';
import { unitReportHandlers } from './unit-reports';
import { unitHandlers } from './units';
import { documentKey, queueFor } from './document-queue';
import type { Handler, HandlerDeps, HandlerMap } from './types';
import { saveExport } from './file-result';

type AnyHandler = (input: unknown, deps: HandlerDeps) => Promise<unknown>;

/** The method names a list of handler groups covers. */
type KeysIn<P extends readonly object[]> = P[number] extends infer U ? (U extends object ? keyof U : never) : never;
/** Names that stand in more than one group. */
type Twice<P extends readonly object[]> = P extends readonly [infer H, ...infer R extends readonly object[]] ? (keyof H & KeysIn<R>) | Twice<R> : never;

/**
 * The full map when the groups cover the contract exactly once; otherwise a type that names
 * what is missing, unknown or doubled, so `handlers: HandlerMap = mergeHandlers(...)` fails
 * the typecheck instead of the app's start.
 */
export type Merged<P extends readonly object[]> = [Exclude<MethodName, KeysIn<P>>, Exclude<KeysIn<P>, MethodName>, Twice<P>] extends [never, never, never]
  ? HandlerMap
  : { handlersDoNotMatchTheContract: { missing: Exclude<MethodName, KeysIn<P>>; unknown: Exclude<KeysIn<P>, MethodName>; twice: Twice<P> } };

export function mergeHandlers<const P extends readonly object[]>(...parts: P): Merged<P> {
  return Object.assign({}, ...parts) as Merged<P>;
}

export const handlers: HandlerMap = mergeHandlers(
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
);

/** Logs carry the method and error code only, never input data (it holds personal data). */
export type Logger = (line: string) => void;

export async function dispatch(deps: HandlerDeps, name: unknown, rawInput: unknown, log: Logger = () => {}): Promise<ApiResult<unknown>> {
  try {
    if (!isMethodName(name)) throw errors.unknownMethod(String(name).slice(0, 80));
    const parsed = contract[name].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      throw errors.invalidInput(parsed.error.issues.slice(0, 20).map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)));
    }
    const handler = handlers[name] as Handler<MethodName> as unknown as AnyHandler;
    // Two calls on the same document never interleave, whichever window sent them.
    const key = documentKey(name, parsed.data);
    const value = key ? await queueFor(deps.store).run(key, () => handler(parsed.data, deps)) : await handler(parsed.data, deps);
    // After the document's turn: a save dialog left open holds up no other write.
    return { ok: true, value: await saveExport(deps, value) };
  } catch (err) {
    if (err instanceof AppError) {
      log(`${String(name)}: ${err.code}`);
      return { ok: false, error: { code: err.code, message: err.message, details: err.details, ...(err.problems.length ? { problems: err.problems } : {}) } };
    }
    log(`${String(name)}: internal ${(err as Error)?.name ?? 'Error'}`);
    const e = errors.internal();
    return { ok: false, error: { code: e.code, message: e.message } };
  }
}
