export { trainSvm } from './svm/train-svm.js';
export { predictSvm, svmDecisionValues } from './svm/predict-svm.js';
export { svmOptions, type SvmOptions, type ResolvedSvmOptions } from './svm/svm-options.js';
export type { SvmModel, SvmPair } from './svm/svm-model.js';
