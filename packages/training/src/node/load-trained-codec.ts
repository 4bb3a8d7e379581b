import { EmocodeError } from '@emocode/core';
import { selectBackend } from '@emocode/model';
import { restoreTrainedCodec } from '../restore-trained-codec.js';
import type { TrainedAae, TrainedAutoencoder } from '../trained-codec.js';
import { readModelDirectory } from './model-directory.js';

/**
 * Loads a model written by `TrainedAae.save(dir)` (or the last checkpoint of a
 * `directoryCheckpointStore(dir)`: its last epoch's weights, not the best-epoch snapshot).
 * Activates the backend with `selectBackend()` first.
 * @throws EmocodeError EMOCODE_NOT_FOUND when `dir` has no model.json.
 * @example const aae = await loadTrainedCodec('runs/a/model')
 */
export async function loadTrainedCodec(dir: string): Promise<TrainedAae | TrainedAutoencoder> {
  await selectBackend();
  const artifacts = await readModelDirectory(dir);
  if (!artifacts)
    throw new EmocodeError(
      'EMOCODE_NOT_FOUND',
      `loadTrainedCodec: ${dir} must contain model.json, got none. Train and save a model first.`,
    );
  return restoreTrainedCodec(artifacts);
}
