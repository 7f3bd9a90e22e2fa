// Schema versions of every stored file and the steps that bring an older file up to date.
// Each step takes the data of version N and returns version N+1; a file newer than this
// app is refused rather than rewritten.

export type StoreKind = 'meeting' | 'settings' | 'roster' | 'index' | 'photos';

export const CURRENT_VERSION: Record<StoreKind, number> = {
  meeting: 1,
  settings: 1,
  roster: 1,
  index: 1,
  photos: 1,
};

type Step = (data: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[kind][n] turns version n into n+1. Version 0 is a file written before versions existed. */
const MIGRATIONS: Record<StoreKind, Record<number, Step>> = {
  meeting: { 0: (d) => d },
  settings: { 0: (d) => d },
  roster: { 0: (d) => d },
  index: { 0: (d) => d },
  photos: { 0: (d) => d },
};

export class NewerSchemaError extends Error {
  constructor(readonly kind: StoreKind, readonly found: number) {
    super(`File was written by a newer version of the app (schema ${found}).`);
  }
}

/** Bring a stored envelope up to the current version. */
export function migrate(
  kind: StoreKind,
  envelope: Record<string, unknown>,
): { envelope: Record<string, unknown>; changed: boolean } {
  const target = CURRENT_VERSION[kind];
  let version = typeof envelope.schemaVersion === 'number' ? envelope.schemaVersion : 0;
  if (!Number.isInteger(version) || version < 0) throw new Error('schemaVersion tidak valid');
  if (version > target) throw new NewerSchemaError(kind, version);
  let data = envelope;
  const changed = version !== target;
  while (version < target) {
    const step = MIGRATIONS[kind][version];
    if (!step) throw new Error(`No migration for ${kind} from schema ${version}`);
    data = { ...step(data), schemaVersion: version + 1 };
    version += 1;
  }
  return { envelope: data, changed };
}
