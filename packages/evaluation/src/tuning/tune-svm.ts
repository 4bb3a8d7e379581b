import { assert, groupKFold, normalizeFold, parseOptions, type Fold } from '@emocode/core';
import { unweightedAverageRecall } from '../metrics/unweighted-average-recall.js';
import { kernelMatrix } from '../svm/kernel-matrix.js';
import { predictSvm } from '../svm/predict-svm.js';
import { resolveGamma } from '../svm/resolve-gamma.js';
import type { ResolvedSvmOptions, SvmOptions } from '../svm/svm-options.js';
import { trainSvmUnchecked } from '../svm/train-svm.js';
import { svmGrid, tuneSvmOptions, type SvmGrid, type TuneSvmOptions } from './tune-svm-options.js';

/** Mean inner-fold UAR of one grid point, with the per-fold values. */
export interface GridScore {
  C: number;
  gamma: number | 'scale';
  meanUar: number;
  foldUar: number[];
}

/**
 * Picks (C, gamma) by mean UAR over `innerK` speaker-independent folds of the given rows
 * (typically an outer fold's training set). Ties keep the earlier grid point (C-major order).
 * @param x rows x dims, row-major.
 * @param labels one integer label per row.
 * @param groups one group (speaker) per row; folds never split a group.
 * @param grid values of C and gamma to try.
 * @param innerK number of inner folds (2..number of groups).
 * @param seed fold assignment seed.
 * @param options `base` SVM options and the per-fold `normalization` (default 'global').
 * @returns the best options (base with C and gamma set) and every grid point's scores.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS, EMOCODE_SHAPE_MISMATCH, EMOCODE_INVALID_INPUT.
 * @example tuneSvm(x, 1582, labels, actors, { C: [1, 10], gamma: ['scale', 1e-4] }, 5, 1)
 */
export function tuneSvm(
  x: Float32Array,
  dims: number,
  labels: Int32Array,
  groups: readonly string[],
  grid: SvmGrid,
  innerK: number,
  seed: number,
  options: TuneSvmOptions = {},
): { best: SvmOptions; scores: GridScore[] } {
  const g = parseOptions(svmGrid, grid, 'tuneSvm');
  const o = parseOptions(tuneSvmOptions, options, 'tuneSvm');
  assert(
    labels.length === groups.length && x.length === labels.length * dims,
    () => `tuneSvm: x, labels and groups must describe the same ${labels.length} rows (x ${x.length / dims}, groups ${groups.length}).`,
    'EMOCODE_SHAPE_MISMATCH',
  );
  const classes = Int32Array.from(new Set(labels)).sort();
  const classIndex = Int32Array.from(labels, (label) => classes.indexOf(label));
  const folds = groupKFold(groups, innerK, seed);
  const perFold = folds.map((fold) => scoreFold(x, dims, classIndex, groups, fold, g, o));
  const scores = g.C.flatMap((C, i) =>
    g.gamma.map((gamma, j) => {
      const foldUar = perFold.map((s) => s[i * g.gamma.length + j]!);
      return { C, gamma, meanUar: foldUar.reduce((a, b) => a + b, 0) / foldUar.length, foldUar };
    }),
  );
  const top = scores.reduce((best, s) => (s.meanUar > best.meanUar ? s : best));
  return { best: { ...o.base, C: top.C, gamma: top.gamma }, scores };
}

/** UAR of every grid point on one inner fold (C-major); one kernel matrix per gamma. */
function scoreFold(
  x: Float32Array,
  dims: number,
  classIndex: Int32Array,
  groups: readonly string[],
  fold: Fold,
  grid: { C: number[]; gamma: (number | 'scale')[] },
  o: { base: ResolvedSvmOptions; normalization: 'none' | 'global' | 'per-speaker' },
): number[] {
  const { train, test } = normalizeFold(x, dims, fold, o.normalization, groups);
  const trainLabels = Int32Array.from(fold.train, (r) => classIndex[r]!);
  const testLabels = Int32Array.from(fold.test, (r) => classIndex[r]!);
  const classes = Int32Array.from(new Set(trainLabels)).sort();
  const k = Math.max(...classIndex) + 1;
  assert(classes.length >= 2, () => `tuneSvm: inner fold ${fold.index} trains on fewer than 2 classes. Use fewer inner folds.`);
  // gamma outer: one kernel matrix (one SIMD product with its exponent) serves every C, and only
  // one is alive at a time. Mapping one X·Xᵀ per fold to each gamma in JavaScript cost as much.
  const byGamma = grid.gamma.map((gamma) => {
    const resolved = o.base.kernel === 'rbf' ? resolveGamma(gamma, train, dims) : 0;
    const kernel = kernelMatrix(train, fold.train.length, dims, o.base.kernel, resolved, Infinity);
    return grid.C.map((C) => {
      const model = trainSvmUnchecked(train, dims, trainLabels, classes, { ...o.base, C, gamma }, kernel);
      return unweightedAverageRecall(testLabels, predictSvm(model, test), k);
    });
  });
  return grid.C.flatMap((_, i) => byGamma.map((uars) => uars[i]!));
}
