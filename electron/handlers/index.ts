// All handlers in one map, checked against the contract at start, and the one dispatch
// function both transports call: validate the input, run the handler, shape the result.
import { contract, isMethodName, METHOD_NAMES, type ApiResult, type MethodName } from '../../shared/contract';
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

type AnyHandler = (input: unknown, deps: HandlerDeps) => Promise<unknown>;

function mergeHandlers(...parts: Array<Partial<Record<string, AnyHandler>>>): Record<string, AnyHandler> {
  const out: Record<string, AnyHandler> = {};
  for (const part of parts) {
    for (const [name, h] of Object.entries(part)) {
      if (name in out) throw new Error(`Duplicate handler: ${name}`);
      out[name] = h as AnyHandler;
    }
  }
  const missing = METHOD_NAMES.filter((m) => !(m in out));
  const extra = Object.keys(out).filter((m) => !isMethodName(m));
  if (missing.length || extra.length) {
    throw new Error(`Handlers do not match the contract. Missing: ${missing.join(', ')}; unknown: ${extra.join(', ')}`);
  }
  return out;
}

export const handlers = mergeHandlers(coreHandlers as Record<string, AnyHandler>, rosterHandlers as Record<string, AnyHandler>, settingsHandlers as Record<string, AnyHandler>, backupHandlers as Record<string, AnyHandler>, minutesHandlers as Record<string, AnyHandler>, invitationHandlers as Record<string, AnyHandler>, attendanceHandlers as Record<string, AnyHandler>, intentHandlers as Record<string, AnyHandler>, transcriptHandlers as Record<string, AnyHandler>, learnedHandlers as Record<string, AnyHandler>, rekapHandlers as Record<string, AnyHandler>, followUpHandlers as Record<string, AnyHandler>, reportHandlers as Record<string, AnyHandler>, unitReportHandlers as Record<string, AnyHandler>, unitHandlers as Record<string, AnyHandler>) as unknown as HandlerMap;

/** Logs carry the method and error code only, never input data (it holds personal data). */
export type Logger = (line: string) => void;

export async function dispatch(
  deps: HandlerDeps,
  name: unknown,
  rawInput: unknown,
  log: Logger = () => {},
): Promise<ApiResult<unknown>> {
  try {
    if (!isMethodName(name)) throw errors.unknownMethod(String(name).slice(0, 80));
    const parsed = contract[name].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      throw errors.invalidInput(
        parsed.error.issues.slice(0, 20).map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)),
      );
    }
    const handler = handlers[name] as Handler<MethodName> as unknown as AnyHandler;
    // Two calls on the same document never interleave, whichever window sent them.
    const key = documentKey(name, parsed.data);
    const value = key ? await queueFor(deps.store).run(key, () => handler(parsed.data, deps)) : await handler(parsed.data, deps);
    return { ok: true, value };
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
