import { EmocodeError } from '@emocode/core';
import { restoreTrainedCodec } from '../restore-trained-codec.js';
import type { TrainedAae, TrainedAutoencoder } from '../trained-codec.js';
import { readModelDirectory } from './model-directory.js';

/**
 * Loads a model written by `TrainedAae.save(dir)` (or the last checkpoint of a
 * `directoryCheckpointStore(dir)`).
 * @throws EmocodeError EMOCODE_NOT_FOUND when `dir` has no model.json.
 * @example const aae = await loadTrainedCodec('runs/a/model')
 */
export async function loadTrainedCodec(dir: string): Promise<TrainedAae | TrainedAutoencoder> {
  const artifacts = await readModelDirectory(dir);
  if (!artifacts) throw new EmocodeError('EMOCODE_NOT_FOUND', `loadTrainedCodec: ${dir} must contain model.json, got none. Train and save a model first.`);
  return restoreTrainedCodec(artifacts);
}
