import { z } from 'zod';

/** The bundle layout this version reads and writes; bumped on any incompatible change. */
export const BUNDLE_FORMAT = 'emocode-model-bundle';
export const BUNDLE_FORMAT_VERSION = 1;
/** File names inside a bundle folder (or under a bundle URL). */
export const bundleFiles = { manifest: 'bundle.json', weights: 'weights.bin' } as const;

/** The classifiers a bundle can predict with. */
export const classifierKinds = ['svm-code', 'svm-raw', 'head'] as const;
export type ClassifierKind = (typeof classifierKinds)[number];
/** How features were normalised when a prediction was made. */
export const predictionNormalizations = ['per-speaker', 'training-statistics'] as const;
export type PredictionNormalization = (typeof predictionNormalizations)[number];

const finiteArray = z.array(z.number().finite());

/** One tensor of the weights file (tfjs `WeightsManifestEntry`, float32 only). */
const weightSpec = z.strictObject({ name: z.string().min(1), shape: z.array(z.number().int().min(0)), dtype: z.literal('float32') });

/** Platt's sigmoid of one pair: P(first | f) = 1 / (1 + exp(A·f + B)). */
const plattPair = z.strictObject({ A: z.number().finite(), B: z.number().finite() });

/** An SVM's pairs as plain JSON; the support vectors live in the weights file (`svm/supportVectors`). */
const svmJson = z.strictObject({
  kernel: z.enum(['rbf', 'linear']),
  gamma: z.number().min(0),
  dims: z.number().int().min(1),
  svCount: z.number().int().min(1),
  /** Class indices (into the bundle's `classes`) in the SVM's sorted order. */
  classes: z.array(z.number().int().min(0)),
  pairs: z.array(
    z.strictObject({
      first: z.number().int(),
      second: z.number().int(),
      sv: z.array(z.number().int().min(0)),
      coef: finiteArray,
      rho: z.number().finite(),
    }),
  ),
  /** One sigmoid per pair, fitted on out-of-fold decision values (libsvm's `-b 1`, grouped by speaker). */
  platt: z.array(plattPair),
});

const uarByMode = z.strictObject({ 'per-speaker': z.number().min(0).max(1).nullable(), 'training-statistics': z.number().min(0).max(1) });

/**
 * `bundle.json`: everything needed to go from samples to a class, besides the weights file.
 * Strict: a key this version does not know is an error.
 */
export const modelBundleManifest = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.number().int(),
  featureSet: z.strictObject({ name: z.string().min(1), extractorVersion: z.string().min(1), names: z.array(z.string().min(1)).min(1) }),
  classes: z.array(z.string().min(1)).min(2),
  normalization: z.strictObject({
    /** How the training rows were normalised. */
    kind: z.enum(['global', 'per-speaker']),
    /** Pooled mean and sd of every training row (openSMILE units): the fallback at prediction. */
    mean: finiteArray,
    scale: finiteArray,
    /** Columns constant over the training rows (scale 1); they map to 0. */
    constantColumns: z.array(z.number().int().min(0)),
    /** A speaker needs at least this many files to be normalised with their own statistics. */
    minSpeakerFiles: z.number().int().min(2),
    fittedOn: z.strictObject({ rows: z.number().int().min(1), speakers: z.number().int().min(1) }),
  }),
  encoder: z.strictObject({
    sizes: z.array(z.number().int().min(1)).min(2),
    activation: z.enum(['relu', 'leakyRelu', 'elu', 'tanh', 'selu']),
  }),
  /** The prior's component means (classes x codeSize), for drawing the 2-D map. */
  prior: z.strictObject({ means: finiteArray, sd: z.number().positive() }),
  classifier: z.strictObject({ kind: z.enum(classifierKinds), svm: svmJson.optional() }),
  selection: z.strictObject({
    rule: z.string(),
    folds: z.number().int().min(2),
    /** Mean over speaker-grouped folds of each classifier's UAR, by the normalisation of the held-out rows. */
    crossValidatedUar: z.partialRecord(z.enum(classifierKinds), uarByMode),
  }),
  training: z.strictObject({
    spec: z.record(z.string(), z.unknown()),
    seed: z.number().int(),
    rows: z.number().int().min(1),
    speakers: z.array(z.string()),
  }),
  weightsFile: z.string().min(1),
  weightSpecs: z.array(weightSpec),
});
export type ModelBundleManifest = z.output<typeof modelBundleManifest>;
export type SvmJson = z.output<typeof svmJson>;

/** A bundle in memory: its manifest and the bytes of its weights file. */
export interface ModelBundle {
  readonly manifest: ModelBundleManifest;
  readonly weights: ArrayBuffer;
}
