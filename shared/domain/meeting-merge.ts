// Two windows editing one list (a speaker's points, the conclusions) at the same time. An
// intent that replaces a list names the list it was made on (`base`); the core merges it with
// what is stored now, item by item, so two people typing in different items both keep their
// work. Where both changed the same item, or one of them added or removed items while the
// other typed, the later change wins, and the window whose text was replaced is told (see
// meeting-fields.ts and renderer/src/features/meeting-doc.ts).

import { itemAt } from '../indexed';

/**
 * `mine` made on `base`, merged into `theirs` (what is stored now). With no base, or where
 * nobody else changed the list, `mine` as it is.
 */
export function mergeList<T>(base: readonly T[] | undefined, mine: readonly T[], theirs: readonly T[], same: (a: T, b: T) => boolean = Object.is): T[] {
  if (!base) return [...mine];
  const equal = (a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => same(x, itemAt(b, i)));
  if (equal(base, theirs)) return [...mine];
  if (base.length === mine.length && base.length === theirs.length) {
    // Item by item: mine where I changed it, theirs elsewhere.
    return mine.map((x, i) => (same(x, itemAt(base, i)) ? itemAt(theirs, i) : x));
  }
  // Items added or removed on one side: the later change (this one) wins as a whole.
  return [...mine];
}
