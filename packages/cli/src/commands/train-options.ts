import { z } from 'zod';

const positiveInt = z.coerce.number().int().min(1);

/**
 * `emocode train` option values (strings from argv, coerced). Defaults: the AAE study's
 * recommended recipe (`aaeRecipes.ours`: 256-256 nets, code head, joint generator, 30 epochs)
 * on per-speaker z-scored features, a 2-D code, seed 0.
 */
export const trainCommandOptions = z
  .strictObject({
    features: z.string().min(1).optional(),
    labels: z.string().min(1).optional(),
    /** A corpus name (`ravdess`, `iemocap`) or a manifest CSV of WAV files, extracted instead of --features/--labels. */
    corpus: z.string().min(1).optional(),
    group: z.string().min(1).optional(),
    classes: z.array(z.string().min(1)).min(2).optional(),
    codeSize: positiveInt.default(2),
    epochs: positiveInt.default(30),
    seed: z.coerce.number().int().default(0),
    normalization: z.enum(['global', 'per-speaker']).default('per-speaker'),
    out: z.string().min(1).default('train-run'),
    resume: z.boolean().default(false),
    /** Widths of encoder, decoder and discriminator hidden layers (default: the recipe's 256,256). */
    hidden: z.array(positiveInt).min(1).optional(),
    batchSize: positiveInt.optional(),
    /** Speaker-grouped folds that measure the three classifiers and calibrate the bundle's SVM. */
    cvFolds: z.coerce.number().int().min(2).default(4),
    /** The bundle's classifier; `auto` keeps the one with the highest cross-validated UAR. */
    classifier: z.enum(['auto', 'svm-code', 'svm-raw', 'head']).default('auto'),
    /** Files a speaker needs at prediction to be normalised with their own statistics. */
    minSpeakerFiles: z.coerce.number().int().min(2).default(8),
  })
  .refine(
    (o) => (o.corpus === undefined) === (o.features !== undefined && o.labels !== undefined) && !(o.corpus && (o.features || o.labels)),
    {
      message: 'give either --features and --labels, or --corpus (a name or a manifest CSV of WAV files), not both',
      path: ['labels'],
    },
  );
export type ResolvedTrainCommandOptions = z.output<typeof trainCommandOptions>;
