import { assert } from '@emocode/core';

/** Mean and sample standard deviation of per-fold values, with the values kept. */
export interface Summary {
  mean: number;
  /** Sample standard deviation (n − 1); NaN for a single value. */
  sd: number;
  values: number[];
}

/**
 * Summarises per-fold scores.
 * @param values one score per fold (at least one).
 * @throws EmocodeError EMOCODE_INVALID_INPUT for no values, EMOCODE_NON_FINITE for NaN/Infinity.
 * @example summarize([0.6, 0.7, 0.8]) // { mean: 0.7, sd: 0.1, values: [0.6, 0.7, 0.8] }
 */
export function summarize(values: readonly number[]): Summary {
  assert(values.length > 0, () => 'summarize: values must hold at least one number, got none.');
  assert(
    values.every(Number.isFinite),
    () => `summarize: values must be finite, got ${values.find((v) => !Number.isFinite(v))}.`,
    'EMOCODE_NON_FINITE',
  );
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1)) : NaN;
  return { mean, sd, values: [...values] };
}
