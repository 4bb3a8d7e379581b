import { resolveGamma, svmOptions, tuneSvm, type ResolvedSvmOptions } from '@emocode/evaluation';
import type { ResolvedClassifierSpec } from '../spec/classifier-options.js';
import type { FoldData } from './fold-data.js';

/**
 * The SVM options for rows `x` (a fold's training rows or codes): the spec's fixed ones, or with
 * `tune`, the (C, gamma) of its grid that scores the best mean UAR over inner folds of the
 * training groups (tuneSvm; gamma factors times 'scale' of `x`; no renormalisation inside, the
 * rows are already normalised as the final SVM sees them). Inner folds are seeded by the fold
 * seed, not the run seed, so a seed-independent row stays seed-independent.
 */
export function chooseSvm(
  x: Float32Array,
  dims: number,
  f: Pick<FoldData, 'trainLabels' | 'trainGroups' | 'tuneSeed'>,
  classifier: ResolvedClassifierSpec,
): ResolvedSvmOptions {
  const { tune, ...fixed } = classifier;
  if (!tune) return fixed;
  const scale = resolveGamma('scale', x, dims);
  const gamma = fixed.kernel === 'rbf' ? tune.gammaScale.map((factor) => factor * scale) : [fixed.gamma];
  const innerFolds = Math.min(tune.innerFolds, new Set(f.trainGroups).size);
  const { best } = tuneSvm(x, dims, f.trainLabels, f.trainGroups, { C: tune.C, gamma }, innerFolds, f.tuneSeed, {
    base: fixed,
    normalization: 'none',
  });
  return svmOptions.parse(best);
}
