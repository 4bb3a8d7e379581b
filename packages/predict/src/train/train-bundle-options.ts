import { z } from 'zod';
import { classifierKinds } from '../bundle-format.js';

/**
 * Options of `trainBundle`. `training` is passed to `trainAae` as it is (its own schema checks
 * it; a checkpoint there applies to the final model only). The SVM defaults are the
 * experiments' (RBF, C = 1, gamma = scale).
 */
export const trainBundleOptions = z.strictObject({
  training: z.record(z.string(), z.unknown()).default({}),
  normalization: z.enum(['global', 'per-speaker']).default('per-speaker'),
  /** Speaker-grouped folds of the cross-validation that measures and calibrates the classifiers. */
  cvFolds: z.number().int().min(2).default(4),
  /** `auto`: the classifier with the highest cross-validated UAR. */
  classifier: z.enum(['auto', ...classifierKinds]).default('auto'),
  svm: z
    .strictObject({ C: z.number().positive().default(1), gamma: z.union([z.literal('scale'), z.number().positive()]).default('scale') })
    .default({ C: 1, gamma: 'scale' }),
  /** A speaker needs at least this many files at prediction to get their own statistics. */
  minSpeakerFiles: z.number().int().min(2).default(8),
  seed: z.number().int().default(0),
});
export type TrainBundleOptions = z.input<typeof trainBundleOptions>;
export type ResolvedTrainBundleOptions = z.output<typeof trainBundleOptions>;
