import { checkLabels } from './check-labels.js';

/**
 * Counts of (true class, predicted class).
 * @param truth true class per item, 0..k-1.
 * @param pred predicted class per item, 0..k-1.
 * @param k number of classes.
 * @returns k x k counts, row-major: row = true class, column = predicted class.
 * @throws EmocodeError EMOCODE_SHAPE_MISMATCH for unequal lengths, EMOCODE_INVALID_INPUT for
 *   empty input or labels outside 0..k-1.
 * @example confusionMatrix(Int32Array.of(0, 1, 1), Int32Array.of(0, 0, 1), 2) // [1, 0, 1, 1]
 */
export function confusionMatrix(truth: Int32Array, pred: Int32Array, k: number): Int32Array {
  checkLabels(truth, pred, k, 'confusionMatrix');
  return confusionMatrixUnchecked(truth, pred, k);
}

/** confusionMatrix without validation. */
export function confusionMatrixUnchecked(truth: Int32Array, pred: Int32Array, k: number): Int32Array {
  const out = new Int32Array(k * k);
  for (let i = 0; i < truth.length; i++) out[truth[i]! * k + pred[i]!]!++;
  return out;
}
