import { fitLda, fitPca, project } from '@emocode/model';
import { svmDecisionValues, trainSvm, voteOneVsOne, type LossCurveRow } from '@emocode/evaluation';
import { trainAae, trainAutoencoder, type TrainHooks } from '@emocode/training';
import type { ResolvedClassifierSpec } from '../spec/classifier-options.js';
import type { ResolvedSystemSpec } from '../spec/system-options.js';
import { chooseSvm } from './choose-svm.js';
import type { FoldData, UsedSvm } from './fold-data.js';
import { lossRows } from './loss-rows.js';

/** Codes of train and test rows for one reduction of size `codeSize` (raw: the features themselves). */
export interface Codes {
  train: Float32Array;
  test: Float32Array;
  dims: number;
  /** The AAE's prior: component means (classes x dims) and their isotropic sd. */
  prior?: { means: Float32Array; sd: number };
  /** The AAE's losses per epoch, for the report's loss curves. */
  losses?: LossCurveRow[];
}

type Reduction = Exclude<ResolvedSystemSpec, { method: 'augment' }>;

/**
 * Fits `system` on the fold's training rows only and encodes train and test rows.
 * Networks are seeded with the fold's seed and freed before returning; `hooks` see every epoch.
 */
export async function encodeFold(system: Reduction, codeSize: number, f: FoldData, hooks?: TrainHooks): Promise<Codes> {
  const n = f.trainLabels.length;
  const rows = Int32Array.from({ length: n }, (_, i) => i);
  switch (system.method) {
    case 'raw':
      return { train: f.train, test: f.test, dims: f.dims };
    case 'pca': {
      const p = fitPca(f.train, f.dims, rows, codeSize);
      return { train: project(p, f.train, f.dims), test: project(p, f.test, f.dims), dims: codeSize };
    }
    case 'lda': {
      const p = fitLda(f.train, f.dims, f.trainLabels, rows, codeSize);
      return { train: project(p, f.train, f.dims), test: project(p, f.test, f.dims), dims: codeSize };
    }
    case 'ae': {
      const m = await trainAutoencoder(
        f.train,
        f.dims,
        { ...system.training, model: { ...system.training.model, codeSize }, seed: f.seed },
        hooks,
      );
      try {
        return { train: m.encode(f.train, n), test: m.encode(f.test, f.testLabels.length), dims: codeSize };
      } finally {
        m.dispose();
      }
    }
    case 'aae': {
      const m = await trainAae(
        f.train,
        f.dims,
        f.trainLabels,
        { ...system.training, model: { ...system.training.model, codeSize }, classes: f.classes.length, seed: f.seed },
        hooks,
      );
      try {
        const sd = m.prior.options.kind === 'class-gaussian-mixture' ? m.prior.options.componentSd : 1;
        return {
          train: m.encode(f.train, n),
          test: m.encode(f.test, f.testLabels.length),
          dims: codeSize,
          prior: { means: m.prior.means, sd },
          losses: lossRows(m.history, 4),
        };
      } finally {
        m.dispose();
      }
    }
  }
}

/** An SVM's test predictions with what a seed ensemble averages: its one-vs-one decision values. */
export interface Classified {
  pred: Int32Array;
  /** Test rows x pairs, row-major, pairs in libsvm's order over `classes`. */
  decisions: Float64Array;
  /** The class indices the SVM was trained on, sorted (its pairs are over these). */
  classes: Int32Array;
  svm: UsedSvm;
}

/**
 * Trains the spec's SVM (tuned on the train codes when the spec says so) and predicts the test
 * codes; `svm` is the C and the resolved RBF gamma it used.
 */
export function classify(codes: Codes, f: FoldData, classifier: ResolvedClassifierSpec): Classified {
  const options = chooseSvm(codes.train, codes.dims, f, classifier);
  const model = trainSvm(codes.train, codes.dims, f.trainLabels, options);
  const decisions = svmDecisionValues(model, codes.test);
  return {
    pred: voteOneVsOne(decisions, model.pairs, model.classes),
    decisions,
    classes: model.classes,
    svm: { C: options.C, gamma: model.gamma },
  };
}
