// Structural sharing: the next version of a document with every part that equals the previous
// version's replaced by that very object, so a screen that compares by identity (React.memo)
// re-renders only what really changed when a stored document arrives from the core (it is
// parsed from JSON, so every object in it is new). Arrays of records with a unique `id`
// (speakers, follow-ups) are matched by id, not by position: adding, removing or moving one
// speaker keeps every other speaker the same object.

type Obj = Record<string, unknown>;

function isPlainObject(v: unknown): v is Obj {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The previous array's records by id, or null when they are not all records with a unique string id. */
function byId(list: readonly unknown[]): Map<string, unknown> | null {
  if (list.length === 0) return null;
  const map = new Map<string, unknown>();
  for (const item of list) {
    if (!isPlainObject(item) || typeof item.id !== 'string' || map.has(item.id)) return null;
    map.set(item.id, item);
  }
  return map;
}

/** `next`, with every part deep-equal to the corresponding part of `prev` taken from `prev`. */
export function keepIdentity<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return next;
  if (Array.isArray(next)) {
    if (!Array.isArray(prev)) return next;
    const ids = byId(prev);
    let same = prev.length === next.length;
    const out = next.map((item: unknown, i) => {
      const before = ids && isPlainObject(item) && typeof item.id === 'string' ? ids.get(item.id) : ids ? undefined : prev[i];
      const kept = keepIdentity(before, item);
      if (kept !== prev[i]) same = false;
      return kept;
    });
    return (same ? prev : out) as T;
  }
  if (isPlainObject(next)) {
    if (!isPlainObject(prev)) return next;
    const keys = Object.keys(next);
    let same = keys.length === Object.keys(prev).length;
    const out: Obj = {};
    for (const k of keys) {
      const kept = keepIdentity(prev[k], next[k]);
      out[k] = kept;
      if (kept !== prev[k] || !Object.hasOwn(prev, k)) same = false;
    }
    return (same ? prev : out) as T;
  }
  return next;
}
