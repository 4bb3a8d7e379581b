import { checkLabels } from './check-labels.js';
import { confusionMatrixUnchecked } from './confusion-matrix.js';

/**
 * Unweighted average recall (UAR, "balanced accuracy"): the mean over classes of the share of
 * each class's items predicted correctly, so every class counts equally whatever its size.
 * Classes absent from `truth` have no recall and are left out of the mean (as scikit-learn's
 * balanced_accuracy_score does).
 * @param truth true class per item, 0..k-1.
 * @param pred predicted class per item, 0..k-1.
 * @param k number of classes.
 * @returns UAR in [0, 1].
 * @throws EmocodeError as {@link confusionMatrix}.
 * @example unweightedAverageRecall(Int32Array.of(0, 0, 0, 1), Int32Array.of(0, 0, 0, 0), 2) // 0.5
 */
export function unweightedAverageRecall(truth: Int32Array, pred: Int32Array, k: number): number {
  checkLabels(truth, pred, k, 'unweightedAverageRecall');
  const matrix = confusionMatrixUnchecked(truth, pred, k);
  let sum = 0;
  let present = 0;
  for (let c = 0; c < k; c++) {
    let total = 0;
    for (let p = 0; p < k; p++) total += matrix[c * k + p]!;
    if (total === 0) continue;
    sum += matrix[c * k + c]! / total;
    present++;
  }
  return sum / present;
}
