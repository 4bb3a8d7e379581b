export { EmocodeError, type ErrorCode } from './errors.js';
export { assert, assertFinite } from './assert.js';
export { parseOptions } from './parse-options.js';
export { createRng, shuffled, type Rng } from './rng.js';
export { rowsByClass } from './rows-by-class.js';
export {
  createFeatureTable,
  featureRow,
  metaStrings,
  selectRows,
  concatRows,
  type FeatureTable,
  type UtteranceMeta,
} from './feature-table.js';
export { type Fold } from './folds/fold.js';
export { leaveOneGroupOut } from './folds/leave-one-group-out.js';
export { groupKFold } from './folds/group-k-fold.js';
export { innerFolds } from './folds/inner-folds.js';
export { foldScheme, makeFolds, type FoldScheme } from './folds/fold-scheme.js';
export { fitStandardizer, applyStandardizer, invertStandardizer, type Standardizer } from './normalize/standardizer.js';
export { standardizePerGroup } from './normalize/standardize-per-group.js';
export { normalization, normalizeFold, type Normalization, type NormalizedFold } from './normalize/normalize-fold.js';
