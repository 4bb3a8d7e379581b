export { trainAae } from './train-aae.js';
export { trainAutoencoder } from './train-autoencoder.js';
export {
  trainAaeOptions,
  trainAutoencoderOptions,
  loopOptions,
  type TrainAaeOptions,
  type ResolvedTrainAaeOptions,
  type TrainAutoencoderOptions,
  type ResolvedTrainAutoencoderOptions,
} from './train-options.js';
export { type TrainedAae, type TrainedAutoencoder } from './trained-codec.js';
export { restoreTrainedCodec } from './restore-trained-codec.js';
export { type TrainHooks, type StepLosses } from './training-loop.js';
export { lossCurveCsv, type EpochLog } from './epoch-log.js';
export { memoryCheckpointStore, type CheckpointStore, type ModelArtifacts, type ModelManifest } from './checkpoint-store.js';
export { aaeRecipes } from './aae-recipes.js';
