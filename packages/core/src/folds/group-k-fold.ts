import { assert } from '../assert.js';
import { createRng, shuffled } from '../rng.js';
import { countGroups, foldFromTestGroups, type Fold } from './fold.js';

/**
 * `k` folds that each hold out whole groups, with test sizes (in rows) as equal as the groups
 * allow. Groups are shuffled with `seed`, then placed largest first into the fold with the
 * fewest rows, so the result depends only on `groups` and `seed`.
 * RAVDESS (24 actors x 60 files) with k = 6 gives 6 folds of 4 actors.
 * @param groups one group name per table row.
 * @param k number of folds, 2 <= k <= number of groups.
 * @param seed any integer.
 * @throws EmocodeError EMOCODE_INVALID_INPUT when k is out of range.
 * @example groupKFold(actors, 6, 1)
 */
export function groupKFold(groups: readonly string[], k: number, seed: number): Fold[] {
  return groupKFoldOf(groups, k, seed, undefined, 'groupKFold');
}

/** groupKFold restricted to `rows` (indices into `groups`); shared with innerFolds. */
export function groupKFoldOf(
  groups: readonly string[],
  k: number,
  seed: number,
  rows: ArrayLike<number> | undefined,
  where: string,
): Fold[] {
  const counts = countGroups(groups, rows);
  assert(Number.isInteger(k) && k >= 2, () => `${where}: k must be an integer >= 2, got ${k}.`);
  assert(
    k <= counts.size,
    () => `${where}: k must be <= the number of groups (${counts.size}), got ${k}. Use fewer folds or leave-one-group-out.`,
  );
  const order = shuffled([...counts.keys()].sort(), createRng(seed));
  // Stable sort keeps the seeded order among groups of equal size.
  order.sort((a, b) => (counts.get(b) as number) - (counts.get(a) as number));
  const sizes = new Array<number>(k).fill(0);
  const members = Array.from({ length: k }, () => new Set<string>());
  for (const group of order) {
    let smallest = 0;
    for (let f = 1; f < k; f++) if ((sizes[f] as number) < (sizes[smallest] as number)) smallest = f;
    sizes[smallest] = (sizes[smallest] as number) + (counts.get(group) as number);
    (members[smallest] as Set<string>).add(group);
  }
  return members.map((testGroups, index) => foldFromTestGroups(index, groups, testGroups, rows));
}
