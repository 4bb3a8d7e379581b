export { EmocodeError, type ErrorCode } from './errors.js';
export { assert, assertFinite } from './assert.js';
export { parseOptions } from './parse-options.js';
export { createRng, shuffled, type Rng } from './rng.js';
export {
  createFeatureTable,
  featureRow,
  metaStrings,
  selectRows,
  concatRows,
  type FeatureTable,
  type UtteranceMeta,
} from './feature-table.js';
