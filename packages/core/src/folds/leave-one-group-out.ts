import { assert } from '../assert.js';
import { countGroups, foldFromTestGroups, type Fold } from './fold.js';

/**
 * One fold per group (speaker, session): the group is the test set, every other row trains.
 * Folds come in sorted group order, so the result depends only on `groups`.
 * @param groups one group name per table row.
 * @throws EmocodeError EMOCODE_INVALID_INPUT when there are fewer than 2 groups.
 * @example leaveOneGroupOut(['a', 'b', 'a']) // 2 folds: test [0, 2] then test [1]
 */
export function leaveOneGroupOut(groups: readonly string[]): Fold[] {
  const names = [...countGroups(groups).keys()].sort();
  assert(
    names.length >= 2,
    () => `leaveOneGroupOut: groups must hold at least 2 distinct values, got ${names.length}. Check the group column.`,
  );
  return names.map((name, index) => foldFromTestGroups(index, groups, new Set([name])));
}
