export { readBundleDirectory } from './read-bundle-directory.js';
export { writeBundleDirectory } from './write-bundle-directory.js';
export {
  predictFiles,
  predictFilesOptions,
  type PredictFilesOptions,
  type PredictFilesResult,
  type FilePrediction,
} from './predict-files.js';
export { expandPredictInputs, readPredictManifest, type PredictInput } from './predict-inputs.js';
