// Test helpers for this package's tests and the CLI's (source only, not built).
export { CLASSES, hasRavdess, manifestOf, ravdessCsv, ravdessRows, ravdessWavs, tinyTraining } from './ravdess-rows.js';
export { syntheticRows, tinyBundle, voicedSignal, wavBytes } from './tiny-bundle.js';
