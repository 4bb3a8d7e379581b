import { assert } from '@emocode/core';

/** Shared input check of the label metrics: equal lengths, k >= 1, labels in 0..k-1. */
export function checkLabels(truth: Int32Array, pred: Int32Array, k: number, where: string): void {
  assert(Number.isInteger(k) && k >= 1, () => `${where}: k must be a positive integer, got ${k}.`);
  assert(
    truth.length === pred.length,
    () => `${where}: truth and pred must have the same length, got ${truth.length} and ${pred.length}.`,
    'EMOCODE_SHAPE_MISMATCH',
  );
  assert(truth.length > 0, () => `${where}: truth must not be empty.`);
  for (const labels of [truth, pred]) {
    for (let i = 0; i < labels.length; i++) {
      const v = labels[i]!;
      assert(v >= 0 && v < k, () => `${where}: labels must lie in 0..${k - 1}, got ${v} at index ${i}.`);
    }
  }
}
