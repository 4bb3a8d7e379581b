/**
 * One train/test split of a table's rows. Indices refer to rows of the full table and are
 * ascending; `testGroups` lists (sorted) the groups held out, so a fold is speaker-independent
 * when groups are speakers.
 */
export interface Fold {
  index: number;
  train: Int32Array;
  test: Int32Array;
  testGroups: string[];
}

/**
 * Builds fold `index` from a per-row group list and the set of groups held out for testing.
 * `rows` restricts the fold to those rows (nested folds); by default every row takes part.
 */
export function foldFromTestGroups(
  index: number,
  groups: readonly string[],
  testGroups: ReadonlySet<string>,
  rows?: ArrayLike<number>,
): Fold {
  const train: number[] = [];
  const test: number[] = [];
  const count = rows ? rows.length : groups.length;
  for (let k = 0; k < count; k++) {
    const row = rows ? (rows[k] as number) : k;
    (testGroups.has(groups[row] as string) ? test : train).push(row);
  }
  const ascending = (a: number, b: number): number => a - b;
  return {
    index,
    train: Int32Array.from(train.sort(ascending)),
    test: Int32Array.from(test.sort(ascending)),
    testGroups: [...testGroups].sort(),
  };
}

/** Row count per group, in order of first appearance (Map keeps insertion order). */
export function countGroups(groups: readonly string[], rows?: ArrayLike<number>): Map<string, number> {
  const counts = new Map<string, number>();
  const count = rows ? rows.length : groups.length;
  for (let k = 0; k < count; k++) {
    const group = groups[rows ? (rows[k] as number) : k] as string;
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  return counts;
}
