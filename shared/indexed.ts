// With noUncheckedIndexedAccess every `xs[i]` may be undefined. Where the code has just made
// sure an index is in range (a loop bound, a length check, a findIndex result) or a capture
// group cannot be missing, these say so once instead of a `!` on each line. Being wrong there
// is a bug, not bad input, so they throw rather than make up a value.

/** The element at an index the caller has checked to be in range. */
export function itemAt<T>(items: ArrayLike<T>, index: number): T {
  if (!Number.isInteger(index) || index < 0 || index >= items.length) {
    throw new RangeError(`Index ${index} is outside 0..${items.length - 1}.`);
  }
  return items[index] as T;
}

/** A capture group that is not optional in its pattern, so it is there whenever the pattern matched. */
export function group(match: RegExpMatchArray, index: number): string {
  const value = match[index];
  if (value === undefined) throw new RangeError(`Capture group ${index} did not take part in the match.`);
  return value;
}
