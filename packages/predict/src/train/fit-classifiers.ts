import { predictSvm, svmDecisionValues, trainSvm, type SvmModel, type SvmOptions } from '@emocode/evaluation';
import type { TrainedAae } from '@emocode/training';
import type { ClassifierKind } from '../bundle-format.js';
import { decodeWeights } from '../decode-weights.js';
import { denseNetwork, type DenseNetwork } from '../dense-network.js';

/** A trained codec with what its classifiers read: normalised features and their codes. */
export interface EncodedRows {
  readonly x: Float32Array;
  readonly codes: Float32Array;
}

/** One fitted classifier: class indices of rows, and its SVM when it is one. */
export interface FittedClassifier {
  readonly svm?: SvmModel;
  predict(rows: EncodedRows): Int32Array;
  /** One-vs-one decision values (rows x pairs) of an SVM; undefined for the head. */
  decision(rows: EncodedRows): Float64Array | undefined;
}

/** The code's supervised head of a trained AAE, read from its weights (undefined when it has none). */
export async function headOf(model: TrainedAae, classes: number): Promise<DenseNetwork | undefined> {
  const { manifest, weights } = await model.toArtifacts();
  if (manifest.model['supervisedHead'] !== true) return undefined;
  const specs = manifest.weightSpecs.map((s) => ({ name: s.name, shape: s.shape, dtype: 'float32' as const }));
  const activation = (manifest.model['activation'] ?? 'relu') as Parameters<typeof denseNetwork>[3];
  return denseNetwork(decodeWeights(specs, weights), 'head', [model.codeSize, classes], activation);
}

function argmaxRows(logits: Float32Array, classes: number): Int32Array {
  const rows = logits.length / classes;
  return Int32Array.from({ length: rows }, (_, r) => {
    let best = 0;
    for (let c = 1; c < classes; c++) if (logits[r * classes + c] > logits[r * classes + best]) best = c;
    return best;
  });
}

/**
 * Fits classifier `kind` on training rows: an SVM on the code or on the normalised features
 * (the experiments' SVM options), or the AAE's own head (nothing to fit).
 * @returns undefined for `head` when the AAE was trained without one.
 */
export function fitClassifier(
  kind: ClassifierKind,
  train: EncodedRows,
  labels: Int32Array,
  dims: { features: number; code: number },
  svmOptions: SvmOptions,
  head: DenseNetwork | undefined,
): FittedClassifier | undefined {
  if (kind === 'head') {
    if (!head) return undefined;
    return {
      predict: (rows) => argmaxRows(head.apply(rows.codes, rows.codes.length / dims.code), head.outputs),
      decision: () => undefined,
    };
  }
  const input = (rows: EncodedRows) => (kind === 'svm-code' ? rows.codes : rows.x);
  const svm =
    kind === 'svm-code' ? trainSvm(train.codes, dims.code, labels, svmOptions) : trainSvm(train.x, dims.features, labels, svmOptions);
  return { svm, predict: (rows) => predictSvm(svm, input(rows)), decision: (rows) => svmDecisionValues(svm, input(rows)) };
}
