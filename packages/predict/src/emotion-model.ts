import { assert } from '@emocode/core';
import { extractFeatures } from '@emocode/features';
import type { ModelBundle, ModelBundleManifest, PredictionNormalization } from './bundle-format.js';
import { decodeWeights } from './decode-weights.js';
import { denseNetwork, type DenseNetwork } from './dense-network.js';
import { normalizeForPrediction, trainingStandardizer } from './normalize-for-prediction.js';
import { softmax } from './platt.js';
import { svmFromJson, svmScores, type ClassScores } from './svm-classifier.js';

/** What a model says about one utterance. */
export interface EmotionPrediction {
  /** The predicted class. */
  readonly label: string;
  /** Calibrated probability of every class (they sum to 1). */
  readonly probabilities: Readonly<Record<string, number>>;
  /** The utterance's code (2 values for a 2-D model): where it sits in the model's map. */
  readonly code: number[];
  /** Whether the features were z-scored with the speaker's own statistics or the training ones. */
  readonly normalization: PredictionNormalization;
}

/** A loaded bundle, ready to predict. Plain JavaScript: no tfjs, no file system. */
export interface EmotionModel {
  readonly classes: readonly string[];
  readonly codeSize: number;
  readonly manifest: ModelBundleManifest;
  /**
   * IS10 of mono samples (±1 scale, any rate: resampled to 16 kHz) computed in-process,
   * normalised with the training statistics, encoded and classified.
   * @throws EmocodeError EMOCODE_INVALID_INPUT for audio too short for IS10 (70 ms),
   *   EMOCODE_NON_FINITE for NaN samples.
   */
  predict(samples: Float32Array, sampleRate: number): EmotionPrediction;
  /**
   * Predictions of many rows of raw IS10 features (`rows x 1582`, openSMILE units). With
   * `speakers`, speakers with enough rows are normalised with their own statistics. `encode`
   * replaces the built-in encoder (the same network run elsewhere, e.g. on a tfjs backend): it
   * maps the normalised `rows x 1582` features to `rows x codeSize` codes.
   */
  predictFeatures(
    features: Float32Array,
    rows: number,
    speakers?: readonly (string | undefined)[],
    options?: { encode?: (x: Float32Array, rows: number) => Float32Array },
  ): EmotionPrediction[];
  /** The encoder's layers and activation, to run it on another engine (see `predictFeatures`'s `encode`). */
  readonly encoder: Pick<DenseNetwork, 'layers' | 'activation'>;
}

/**
 * An EmotionModel from a parsed bundle (see `parseBundle`, or `loadModel` to read one).
 * @throws EmocodeError EMOCODE_PARSE_ERROR for weights that do not fit the manifest.
 */
export function createEmotionModel(bundle: ModelBundle): EmotionModel {
  const m = bundle.manifest;
  const weights = decodeWeights(m.weightSpecs, bundle.weights);
  const encoder = denseNetwork(weights, 'encoder', m.encoder.sizes, m.encoder.activation);
  const classes = m.classes.length;
  const codeSize = encoder.outputs;
  const standardizer = trainingStandardizer(m.normalization);
  const classify = classifierOf(m, weights, classes, codeSize);
  const predictFeatures: EmotionModel['predictFeatures'] = (features, rows, speakers, options = {}) => {
    const { x, modes } = normalizeForPrediction(m.normalization, standardizer, features, rows, speakers);
    const codes = (options.encode ?? encoder.apply)(x, rows);
    assert(
      codes.length === rows * codeSize,
      () => `predictFeatures: encode must return rows x codeSize (${rows} x ${codeSize}) values, got ${codes.length}.`,
      'EMOCODE_SHAPE_MISMATCH',
    );
    const scores = classify(x, codes);
    return modes.map((normalization, row) => ({
      label: m.classes[scores.labels[row]] as string,
      probabilities: Object.fromEntries(m.classes.map((c, k) => [c, scores.probabilities[row * classes + k]])),
      code: [...codes.subarray(row * codeSize, (row + 1) * codeSize)],
      normalization,
    }));
  };
  return {
    classes: m.classes,
    codeSize,
    manifest: m,
    predict(samples, sampleRate) {
      const { values } = extractFeatures({ samples, sampleRateHz: sampleRate });
      return predictFeatures(values, 1)[0] as EmotionPrediction;
    },
    predictFeatures,
    encoder: { layers: encoder.layers, activation: encoder.activation },
  };
}

function classifierOf(
  m: ModelBundleManifest,
  weights: ReturnType<typeof decodeWeights>,
  classes: number,
  codeSize: number,
): (x: Float32Array, codes: Float32Array) => ClassScores {
  const { kind, svm } = m.classifier;
  if (kind === 'head' || svm === undefined) {
    const head = denseNetwork(weights, 'head', [codeSize, classes], m.encoder.activation);
    return (_x, codes) => {
      const rows = codes.length / codeSize;
      const logits = head.apply(codes, rows);
      const probabilities = new Float64Array(rows * classes);
      const labels = new Int32Array(rows);
      for (let r = 0; r < rows; r++) {
        const p = softmax(logits.subarray(r * classes, (r + 1) * classes));
        probabilities.set(p, r * classes);
        labels[r] = p.indexOf(Math.max(...p));
      }
      return { labels, probabilities };
    };
  }
  const model = svmFromJson(svm, weights);
  return (x, codes) => svmScores(model, svm.platt, classes, kind === 'svm-raw' ? x : codes);
}
