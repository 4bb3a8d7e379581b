// Browser-safe: no node imports (loadModel reads folders through a lazy import in Node only).
export { loadModel } from './load-model.js';
export { createEmotionModel, type EmotionModel, type EmotionPrediction } from './emotion-model.js';
export type { Activation, DenseLayer, DenseNetwork } from './dense-network.js';
export { parseBundle, FEATURE_SET } from './parse-bundle.js';
export {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  bundleFiles,
  classifierKinds,
  modelBundleManifest,
  predictionNormalizations,
  type ClassifierKind,
  type ModelBundle,
  type ModelBundleManifest,
  type PredictionNormalization,
} from './bundle-format.js';
export { fitPlattSigmoid, plattProbability, couplePairwise, softmax, type PlattSigmoid } from './platt.js';
