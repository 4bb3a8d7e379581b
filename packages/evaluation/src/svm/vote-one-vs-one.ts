import { assert } from '@emocode/core';
import type { SvmPair } from './svm-model.js';

/**
 * Labels from one-vs-one decision values by libsvm's vote: each pair votes for `first` when its
 * value is positive, else for `second`; ties go to the class with the lowest index. Decision
 * values averaged over several models with the same classes (a seed ensemble) vote the same way.
 * @param decision rows x pairs.length values, row-major, as {@link svmDecisionValues} returns them.
 * @param classes label of each class index.
 * @returns one label (from classes) per row.
 * @throws EmocodeError EMOCODE_SHAPE_MISMATCH when decision.length is not a multiple of pairs.length.
 * @example const labels = voteOneVsOne(svmDecisionValues(model, x), model.pairs, model.classes);
 */
export function voteOneVsOne(decision: Float64Array, pairs: readonly Pick<SvmPair, 'first' | 'second'>[], classes: Int32Array): Int32Array {
  assert(
    pairs.length > 0 && decision.length % pairs.length === 0,
    () => `voteOneVsOne: decision.length (${decision.length}) must be a multiple of the pair count (${pairs.length}).`,
    'EMOCODE_SHAPE_MISMATCH',
  );
  const rows = decision.length / pairs.length;
  const votes = new Int32Array(classes.length);
  const out = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    votes.fill(0);
    pairs.forEach((p, k) => votes[decision[r * pairs.length + k]! > 0 ? p.first : p.second]!++);
    let best = 0;
    for (let c = 1; c < votes.length; c++) if (votes[c]! > votes[best]!) best = c;
    out[r] = classes[best]!;
  }
  return out;
}
