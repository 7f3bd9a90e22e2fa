// Tests read lists and records by index all the time, and with noUncheckedIndexedAccess each
// read may be undefined. These say "this must be there" once: a missing element fails the test
// with a message naming the index or key, instead of a TypeError further down.
export { itemAt, group } from '../../shared/indexed';

/** The value under a key the test expects to be in the record. */
export function valueAt<K extends PropertyKey, T>(record: Readonly<Partial<Record<K, T>>>, key: NoInfer<K>): T {
  if (!Object.hasOwn(record, key)) {
    const keys = Object.keys(record);
    const shown = keys
      .slice(0, 10)
      .map((k) => `"${k}"`)
      .join(', ');
    throw new RangeError(`No entry "${String(key)}" (the keys are ${keys.length ? shown : 'none'}${keys.length > 10 ? ', …' : ''}).`);
  }
  return record[key] as T;
}

type Leading<T, N extends number, R extends T[] = []> = R['length'] extends N ? R : Leading<T, N, [...R, T]>;

/** The first `count` elements, for `const [a, b] = firstItems(list, 2)`: the list must have at least that many. */
export function firstItems<T, N extends number>(items: readonly T[], count: N): Leading<T, N> {
  if (items.length < count) throw new RangeError(`Expected at least ${count} items, got ${items.length}.`);
  return items.slice(0, count) as Leading<T, N>;
}
