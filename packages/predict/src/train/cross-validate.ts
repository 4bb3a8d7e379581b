import { EmocodeError, groupKFold, normalizeFold, type Fold } from '@emocode/core';
import { unweightedAverageRecall } from '@emocode/evaluation';
import { trainAae, type TrainAaeOptions, type TrainHooks } from '@emocode/training';
import { classifierKinds, type ClassifierKind, type PredictionNormalization } from '../bundle-format.js';
import { fitClassifier, headOf, type EncodedRows } from './fit-classifiers.js';
import type { ResolvedTrainBundleOptions } from './train-bundle-options.js';

/** Labelled raw feature rows (openSMILE units) with their speakers. */
export interface TrainBundleInput {
  readonly features: Float32Array;
  readonly featureNames: readonly string[];
  /** Class index per row, into `classes`. */
  readonly labels: Int32Array;
  readonly classes: readonly string[];
  readonly speakers: readonly string[];
}

/** Mean UAR over folds by the normalisation of the held-out rows (per-speaker is null for a global model). */
export type UarByMode = { 'per-speaker': number | null; 'training-statistics': number };

/** What the cross-validation measured. */
export interface CrossValidation {
  readonly uar: Partial<Record<ClassifierKind, UarByMode>>;
  /** Out-of-fold one-vs-one decision values (rows x pairs) of each SVM, rows in input order. */
  readonly decision: Partial<Record<ClassifierKind, Float64Array>>;
}

/** The normalisation a model's own rows get (the other mode is the fallback at prediction). */
export function primaryMode(o: ResolvedTrainBundleOptions): PredictionNormalization {
  return o.normalization === 'per-speaker' ? 'per-speaker' : 'training-statistics';
}

function pick(labels: Int32Array, rows: Int32Array): Int32Array {
  return Int32Array.from(rows, (r) => labels[r]);
}

/** Held-out rows of one fold under each normalisation a prediction can use. */
function heldOut(input: TrainBundleInput, dims: number, fold: Fold, o: ResolvedTrainBundleOptions) {
  const own = normalizeFold(input.features, dims, fold, o.normalization === 'per-speaker' ? 'per-speaker' : 'global', input.speakers);
  const pooled = o.normalization === 'per-speaker' ? normalizeFold(input.features, dims, fold, 'global') : own;
  const tests: Partial<Record<PredictionNormalization, Float32Array>> = {
    'training-statistics': pooled.test,
    ...(o.normalization === 'per-speaker' ? { 'per-speaker': own.test } : {}),
  };
  return { train: own.train, tests };
}

/**
 * Speaker-grouped k-fold cross-validation of the three classifiers: per fold an AAE is
 * trained on the other speakers' rows (normalised like the final model's), and each
 * classifier predicts the held-out speakers, normalised with their own statistics and with
 * the training statistics. Its out-of-fold decision values calibrate the final SVM.
 * @throws EmocodeError EMOCODE_INVALID_INPUT when a fold's training rows miss a class.
 */
export async function crossValidate(
  input: TrainBundleInput,
  o: ResolvedTrainBundleOptions,
  training: TrainAaeOptions,
  hooks?: TrainHooks,
): Promise<CrossValidation> {
  const dims = input.featureNames.length;
  const k = input.classes.length;
  const pairs = (k * (k - 1)) / 2;
  const rows = input.labels.length;
  const folds = groupKFold(input.speakers, o.cvFolds, o.seed);
  const sums = new Map<string, number>();
  const decision: Partial<Record<ClassifierKind, Float64Array>> = {};
  for (const fold of folds) {
    const trainLabels = pick(input.labels, fold.train);
    if (new Set(trainLabels).size < k) {
      throw new EmocodeError(
        'EMOCODE_INVALID_INPUT',
        `trainBundle: every fold's training speakers must have rows of all ${k} classes, fold ${fold.index} (held out: ${fold.testGroups.join(', ')}) has ${new Set(trainLabels).size}. Use fewer cvFolds.`,
      );
    }
    const testLabels = pick(input.labels, fold.test);
    const { train, tests } = heldOut(input, dims, fold, o);
    const aae = await trainAae(train, dims, trainLabels, { ...training, classes: k, seed: o.seed }, hooks);
    try {
      const encode = (x: Float32Array): EncodedRows => ({ x, codes: aae.encode(x, x.length / dims) });
      const head = await headOf(aae, k);
      const trainRows = encode(train);
      const encodedTests = Object.entries(tests).map(([mode, x]) => [mode, encode(x)] as const);
      for (const kind of classifierKinds) {
        const fitted = fitClassifier(kind, trainRows, trainLabels, { features: dims, code: aae.codeSize }, o.svm, head);
        if (!fitted) continue;
        for (const [mode, rowsOf] of encodedTests) {
          const key = `${kind}|${mode}`;
          sums.set(key, (sums.get(key) ?? 0) + unweightedAverageRecall(testLabels, fitted.predict(rowsOf), k));
          const values = mode === primaryMode(o) ? fitted.decision(rowsOf) : undefined;
          if (!values) continue;
          const out = (decision[kind] ??= new Float64Array(rows * pairs));
          fold.test.forEach((row, i) => out.set(values.subarray(i * pairs, (i + 1) * pairs), row * pairs));
        }
      }
    } finally {
      aae.dispose();
    }
  }
  const mean = (kind: ClassifierKind, mode: PredictionNormalization) => {
    const sum = sums.get(`${kind}|${mode}`);
    return sum === undefined ? null : sum / folds.length;
  };
  const uar: Partial<Record<ClassifierKind, UarByMode>> = {};
  for (const kind of classifierKinds) {
    const pooled = mean(kind, 'training-statistics');
    if (pooled !== null) uar[kind] = { 'per-speaker': mean(kind, 'per-speaker'), 'training-statistics': pooled };
  }
  return { uar, decision };
}
