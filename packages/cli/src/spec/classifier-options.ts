import { svmOptions } from '@emocode/evaluation';
import { z } from 'zod';

const positives = z.array(z.number().positive().finite()).min(1);

/**
 * Tuning of an RBF SVM by inner speaker-independent folds of each outer training fold (the
 * paper's protocol): every C is tried with every gamma = factor x 'scale' (1 / (dims · var X) of
 * the rows being classified, so one grid serves 2-D codes and 1582 raw features alike); the pair
 * with the best mean inner UAR is refitted on the whole training fold.
 */
export const svmTuning = z.strictObject({
  C: positives.default([0.1, 1, 10, 100]),
  gammaScale: positives.default([0.25, 1, 4]),
  /** Inner folds over the training fold's groups (fewer when it has fewer groups). */
  innerFolds: z.number().int().min(2).default(3),
});
export type SvmTuning = z.input<typeof svmTuning>;

/** The SVM of every table row: fixed options (C = 1, gamma = scale by default), or tuned with `tune`. */
export const classifierSpec = svmOptions.extend({ tune: svmTuning.optional() });
export type ClassifierSpec = z.input<typeof classifierSpec>;
export type ResolvedClassifierSpec = z.output<typeof classifierSpec>;

/** `--classifier fixed` drops the spec's tuning; `tuned` tunes with the spec's grid, else the default one. */
export function chooseClassifier(spec: ResolvedClassifierSpec, choice: 'fixed' | 'tuned' | undefined): ResolvedClassifierSpec {
  const { tune, ...fixed } = spec;
  if (choice === 'fixed') return fixed;
  if (choice === 'tuned') return { ...fixed, tune: tune ?? svmTuning.parse({}) };
  return spec;
}
