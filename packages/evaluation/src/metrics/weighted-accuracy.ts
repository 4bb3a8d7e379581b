import { checkLabels } from './check-labels.js';

/**
 * Weighted accuracy (WA): the share of all items predicted correctly, so large classes weigh more.
 * @param truth true class per item, 0..k-1.
 * @param pred predicted class per item, 0..k-1.
 * @param k number of classes.
 * @returns WA in [0, 1].
 * @throws EmocodeError as {@link confusionMatrix}.
 * @example weightedAccuracy(Int32Array.of(0, 0, 0, 1), Int32Array.of(0, 0, 0, 0), 2) // 0.75
 */
export function weightedAccuracy(truth: Int32Array, pred: Int32Array, k: number): number {
  checkLabels(truth, pred, k, 'weightedAccuracy');
  let correct = 0;
  for (let i = 0; i < truth.length; i++) if (truth[i] === pred[i]) correct++;
  return correct / truth.length;
}
