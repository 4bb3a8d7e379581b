import { aaeRecipes, trainAaeOptions, trainAutoencoderOptions } from '@emocode/training';
import { z } from 'zod';

const codeSizes = z.array(z.number().int().min(1)).min(1);
const label = z.string().min(1).optional();
/**
 * Adds a row `<label> seed ensemble d=<d>` beside each code size: per fold, the one-vs-one SVM
 * decision values of every seed's code are averaged and vote once (needs two or more seeds).
 */
const seedEnsemble = z.boolean().default(false);
/** Training settings a spec may set; data rows, checkpoints and validation rows belong to the runner. */
const aaeSettings = trainAaeOptions.omit({ checkpoint: true, trainRows: true, validationRows: true, seed: true, classes: true });
/**
 * AAE training settings, optionally starting from a named recipe of @emocode/training
 * (`{ recipe: 'ours' }`); fields beside `recipe` replace the recipe's (top-level keys, not merged).
 */
const aaeTraining = z
  .looseObject({ recipe: z.enum(Object.keys(aaeRecipes) as [keyof typeof aaeRecipes]).optional() })
  .transform(({ recipe, ...rest }) => (recipe ? { ...aaeRecipes[recipe], ...rest } : rest))
  .pipe(aaeSettings)
  .prefault({});
const aeTraining = trainAutoencoderOptions.omit({ checkpoint: true, trainRows: true, validationRows: true, seed: true }).prefault({});
/** How synthetic codes are drawn: from the prior component of each class (the paper) or around encoded training codes. */
const sampling = z.discriminatedUnion('from', [
  z.strictObject({ from: z.literal('prior') }),
  z.strictObject({
    from: z.literal('codes'),
    spread: z.number().min(0).default(0.5),
    /** Keep each base training row's reconstruction residual (`aroundCodes.features` of synthesize). */
    residual: z.boolean().default(false),
  }),
]);

/**
 * One family of table rows. `label` names the rows (default: the method); compression methods
 * give one row per code size, `augment` one row per synthetic amount and use.
 */
export const systemSpec = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('raw'), label }),
  z.strictObject({ method: z.literal('pca'), label, codeSizes }),
  z.strictObject({ method: z.literal('lda'), label, codeSizes }),
  z.strictObject({ method: z.literal('ae'), label, codeSizes, seedEnsemble, training: aeTraining }),
  z.strictObject({ method: z.literal('aae'), label, codeSizes, seedEnsemble, training: aaeTraining }),
  z.strictObject({
    method: z.literal('augment'),
    label,
    codeSize: z.number().int().min(1).default(2),
    training: aaeTraining,
    /** Synthetic rows per class, one table row per amount and use. */
    perClass: z.array(z.number().int().min(1)).min(1),
    uses: z
      .array(z.enum(['synthetic-only', 'real+synthetic']))
      .min(1)
      .default(['synthetic-only', 'real+synthetic']),
    sampling: sampling.prefault({ from: 'prior' }),
    /**
     * In real+synthetic rows, first top every class up to the largest class's count of real
     * training rows, then add `perClass` to each, so the combined set is balanced (off: the paper).
     */
    balance: z.boolean().default(false),
  }),
]);
export type SystemSpec = z.input<typeof systemSpec>;
export type ResolvedSystemSpec = z.output<typeof systemSpec>;
