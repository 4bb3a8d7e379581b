import { groupKFoldOf } from './group-k-fold.js';
import type { Fold } from './fold.js';

/**
 * Nested folds inside an outer fold's training rows (for tuning without touching the outer
 * test set). Indices refer to the full table; only rows of `outer.train` appear.
 * @param outer the outer fold.
 * @param groups one group name per row of the full table.
 * @param k inner folds, at most the number of groups in `outer.train`.
 * @throws EmocodeError EMOCODE_INVALID_INPUT when k is out of range.
 * @example innerFolds(outer, speakers, 5, seed)
 */
export function innerFolds(outer: Fold, groups: readonly string[], k: number, seed: number): Fold[] {
  return groupKFoldOf(groups, k, seed, outer.train, 'innerFolds');
}
