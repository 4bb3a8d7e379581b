export { trainBundle, type TrainBundleHooks } from './train-bundle.js';
export { trainBundleOptions, type TrainBundleOptions, type ResolvedTrainBundleOptions } from './train-bundle-options.js';
export { crossValidate, type TrainBundleInput, type CrossValidation, type UarByMode } from './cross-validate.js';
