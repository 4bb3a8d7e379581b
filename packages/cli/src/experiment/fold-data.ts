import type { LossCurveRow } from '@emocode/evaluation';

/** One fold, normalised: row-major train/test features with class indices. */
export interface FoldData {
  fold: number;
  seed: number;
  dims: number;
  train: Float32Array;
  trainLabels: Int32Array;
  /** Fold group (speaker) of each training row: inner folds for SVM tuning never split one. */
  trainGroups: string[];
  /** Seeds the inner folds of SVM tuning (the spec's fold seed: the same for every run seed). */
  tuneSeed: number;
  test: Float32Array;
  testLabels: Int32Array;
  classes: readonly string[];
}

/** What one (system, fold, seed) unit produced (a seed-independent unit: for every seed): test predictions per table row. */
export interface UnitResult {
  rows: {
    name: string;
    pred: number[];
    /** One-vs-one SVM decision values (test rows x pairs) and the class indices they are over; kept for networks, whose seeds an ensemble row combines (absent in older stored runs). */
    decisions?: number[];
    classes?: number[];
  }[];
  truth: number[];
  /** Test codes (rows x 2, rows as in `truth`), kept for 2-D codes so the scatter plot needs no rerun. */
  codes2d?: number[];
  /** Train codes (rows x 2) and their class indices, kept with `codes2d` (absent in older stored runs). */
  trainCodes2d?: number[];
  trainTruth?: number[];
  /** The prior of 2-D AAE codes: component means (classes x 2) and their isotropic sd. */
  prior2d?: { means: number[]; sd: number };
  /** The AAE's losses per epoch (absent for other methods and in older stored runs). */
  losses?: LossCurveRow[];
  /** The SVM's C and resolved RBF gamma (tuned or fixed; absent in older stored runs). */
  svm?: UsedSvm;
  seconds: number;
}

/** What an SVM was trained with: C and the RBF gamma as a number ('scale' resolved on its training rows). */
export interface UsedSvm {
  C: number;
  gamma: number;
}
