import { z } from 'zod';
import { EmocodeError } from '../errors.js';
import type { Fold } from '../folds/fold.js';
import { applyStandardizer, fitStandardizer, type Standardizer } from './standardizer.js';
import { standardizePerGroup } from './standardize-per-group.js';

/** `none`: raw values; `global`: z-score fitted on the training rows; `per-speaker`: each group with its own stats. */
export const normalization = z.enum(['none', 'global', 'per-speaker']);
export type Normalization = z.infer<typeof normalization>;

/** The rows of one fold, normalized; `standardizer` is set for `global`. */
export interface NormalizedFold {
  train: Float32Array;
  test: Float32Array;
  standardizer?: Standardizer;
}

/**
 * Gathers a fold's train and test rows (in fold order) and normalizes them. `global` is
 * fitted on training rows only, so test rows never leak into the statistics; `per-speaker`
 * uses each group's own rows (unsupervised, no labels involved).
 * @param data row-major `rows x dims`.
 * @param groups one group per row; required for `per-speaker`.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS for an unknown kind or missing groups; EMOCODE_NON_FINITE for NaN.
 * @example const { train, test } = normalizeFold(t.data, t.dims, fold, 'global')
 */
export function normalizeFold(
  data: Float32Array,
  dims: number,
  fold: Fold,
  kind: Normalization,
  groups?: readonly string[],
): NormalizedFold {
  if (!normalization.safeParse(kind).success) {
    throw new EmocodeError('EMOCODE_INVALID_OPTIONS', `normalizeFold: kind must be none, global or per-speaker, got ${String(kind)}.`);
  }
  if (kind === 'per-speaker') {
    if (!groups) {
      throw new EmocodeError('EMOCODE_INVALID_OPTIONS', 'normalizeFold: per-speaker normalization needs groups (one speaker per row).');
    }
    const scaled = standardizePerGroup(data, dims, groups);
    return { train: gather(scaled, dims, fold.train), test: gather(scaled, dims, fold.test) };
  }
  const train = gather(data, dims, fold.train);
  const test = gather(data, dims, fold.test);
  if (kind === 'none') return { train, test };
  const standardizer = fitStandardizer(data, dims, fold.train);
  return { train: applyStandardizer(standardizer, train, dims), test: applyStandardizer(standardizer, test, dims), standardizer };
}

function gather(data: Float32Array, dims: number, rows: Int32Array): Float32Array {
  const out = new Float32Array(rows.length * dims);
  for (let k = 0; k < rows.length; k++) out.set(data.subarray(rows[k]! * dims, (rows[k]! + 1) * dims), k * dims);
  return out;
}
