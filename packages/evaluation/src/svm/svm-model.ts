/** One one-vs-one machine between classes `first` and `second` (indices into `classes`). */
export interface SvmPair {
  first: number;
  second: number;
  /** Indices into the model's support vectors. */
  sv: Int32Array;
  /** alpha · y for each entry of `sv`; y = +1 for `first`. */
  coef: Float64Array;
  /** Decision value = Σ coef · K(sv, x) − rho; > 0 votes for `first`. */
  rho: number;
}

/**
 * A trained C-SVC. Plain data (typed arrays and numbers), so it can be kept or cloned freely.
 * Pairs are ordered like libsvm's: (0,1), (0,2), …, (1,2), ….
 */
export interface SvmModel {
  specVersion: 1;
  kernel: 'rbf' | 'linear';
  /** Resolved RBF width (0 for the linear kernel). */
  gamma: number;
  dims: number;
  /** Sorted distinct training labels; class index c stands for label classes[c]. */
  classes: Int32Array;
  /** Support vectors, row-major (svCount x dims). */
  supportVectors: Float32Array;
  svCount: number;
  pairs: SvmPair[];
}
