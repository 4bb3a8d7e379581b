export { directoryCheckpointStore } from './directory-checkpoint-store.js';
export { loadTrainedCodec } from './load-trained-codec.js';
export { progressHooks, epochStatus } from './progress-hooks.js';
export { writeLossCurve } from './write-loss-curve.js';
export { readModelDirectory, writeModelDirectory, modelFiles } from './model-directory.js';
