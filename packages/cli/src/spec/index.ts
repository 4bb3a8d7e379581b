export { defineExperiment } from './define-experiment.js';
export { experimentSpec, systemLabel, type ExperimentSpec, type ResolvedExperimentSpec } from './experiment-options.js';
export { systemSpec, type SystemSpec, type ResolvedSystemSpec } from './system-options.js';
export { systemRows, type SystemRow } from './system-rows.js';
export { profileOptions, profileNames, type ProfileName, type ProfileOptions } from './profile-options.js';
export { applyProfile, type ProfiledSpec } from './apply-profile.js';
export { specHash, canonicalJson } from './spec-hash.js';
export {
  classifierSpec,
  svmTuning,
  chooseClassifier,
  type ClassifierSpec,
  type ResolvedClassifierSpec,
  type SvmTuning,
} from './classifier-options.js';
