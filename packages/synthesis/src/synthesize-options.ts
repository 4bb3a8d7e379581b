import { z } from 'zod';

/** Per-column scale to undo: `x · scale + mean` (a core Standardizer fits this shape). */
const standardizerShape = z.custom<{ mean: ArrayLike<number>; scale: ArrayLike<number> }>(
  (v) => typeof v === 'object' && v !== null && 'mean' in v && 'scale' in v,
  'must have mean and scale arrays',
);

/** Options of `synthesize`. */
export const synthesizeOptions = z.strictObject({
  /** Synthetic rows per class: one amount for every class, or one per class in label order. */
  perClass: z.union([z.number().int().min(1), z.array(z.number().int().min(0)).min(1)]),
  /** Class names in label order (index c = prior component c). */
  classes: z.array(z.string().min(1)).min(1),
  /** Seeds the prior samples. */
  seed: z.number().int().default(0),
  /**
   * The standardizer the model's training data went through (fitted on the training rows);
   * applied in reverse so synthetic rows are in the units of the real features.
   */
  standardizer: standardizerShape.optional(),
  /** Feature column names (e.g. the 1582 IS10 names); default `f0..f{dims−1}`. */
  featureNames: z.array(z.string()).optional(),
  /**
   * Sample around encoded training codes instead of from the prior: each synthetic code is a
   * random training code of its class plus Gaussian noise of `spread` times that class's
   * per-dimension code sd. Off by default (the paper samples the prior).
   */
  aroundCodes: z
    .strictObject({
      /** `rows x codeSize` codes of the training rows (`trained.encode(train, rows)`). */
      codes: z.instanceof(Float32Array),
      /** Class index per row, 0..classes−1. */
      labels: z.instanceof(Int32Array),
      spread: z.number().min(0).default(0.5),
      /**
       * The training rows the codes were encoded from (`rows x inputDims`, the model's input
       * space). When given, each synthetic row keeps what the decoder cannot reproduce of the row
       * it was drawn around: `decode(z') + (x − decode(z))`, so it moves along the class's code
       * manifold without losing the real row's detail. Off by default.
       */
      features: z.custom<Float32Array>((v) => v instanceof Float32Array, 'must be a Float32Array').optional(),
    })
    .optional(),
});
export type SynthesizeOptions = z.input<typeof synthesizeOptions>;
