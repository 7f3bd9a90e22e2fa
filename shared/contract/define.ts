// Building blocks of the API contract: a method is a runtime schema for its input and a
// type for its output. Every transport and the renderer client are typed from these.
import { z } from 'zod';

export interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type only. */
  output: O;
}

export function method<I extends z.ZodType, O>(input: I): MethodSpec<I, O> {
  return { input, output: undefined as unknown as O };
}

/** A file produced by an export: bytes plus the name and type to save it under. */
export interface FileResult {
  fileName: string;
  mimeType: string;
  /** Base64, so the result crosses IPC and HTTP JSON alike; empty once `savedTo` is set. */
  base64: string;
  /**
   * Desktop app only: the export was saved in the same call, through the save dialog; the path,
   * or null when the dialog was cancelled. Absent in the browser, where the page downloads `base64`.
   */
  savedTo?: string | null;
}

export const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ics: 'text/calendar',
  csv: 'text/csv',
  zip: 'application/zip',
  txt: 'text/plain',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** Errors every transport carries to the UI: a code for programs, a message for people. */
export interface ApiErrorBody {
  code: string;
  message: string;
  details?: string[];
  /** For a refused change: each broken rule with the field it belongs to. */
  problems?: { field: string; message: string }[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Ids name files on disk, so only safe characters are accepted. */
export const idString = z.string().regex(/^[A-Za-z0-9_-]{1,60}$/, 'Id tidak valid.');
export const idInput = z.object({ id: idString });
export const empty = z.object({}).strict();
