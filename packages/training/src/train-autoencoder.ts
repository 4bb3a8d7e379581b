import { parseOptions, type Rng } from '@emocode/core';
import { createAutoencoder, selectBackend } from '@emocode/model';
import * as tf from '@tensorflow/tfjs-core';
import { checkTrainingData, splitRows } from './check-inputs.js';
import { createAdam } from './fused-adam.js';
import { reconstructionPhase } from './phases.js';
import { trainedCodec, type TrainedAutoencoder } from './trained-codec.js';
import { runTrainingLoop, type TrainHooks } from './training-loop.js';
import { trainAutoencoderOptions, type TrainAutoencoderOptions } from './train-options.js';

/**
 * Trains the plain autoencoder baseline (the AAE's encoder/decoder without adversary or
 * labels) with the same loop: seeding, validation, early stopping, checkpoints, resume.
 * @param data row-major `rows x dims`, already standardized.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS, EMOCODE_SHAPE_MISMATCH, EMOCODE_NON_FINITE
 * @example const ae = await trainAutoencoder(x, 1582, { model: { codeSize: 10 }, epochs: 50 })
 */
export async function trainAutoencoder(
  data: Float32Array,
  dims: number,
  options: TrainAutoencoderOptions = {},
  hooks?: TrainHooks,
): Promise<TrainedAutoencoder> {
  const o = parseOptions(trainAutoencoderOptions, options, 'trainAutoencoder');
  await selectBackend();
  checkTrainingData(data, dims, undefined, 1, false, 'trainAutoencoder');
  const { train, validation } = splitRows(data.length / dims, o.trainRows, o.validationRows, 'trainAutoencoder');
  const ae = createAutoencoder({ ...o.model, inputDims: dims, seed: o.seed });
  const optimizer = createAdam(o.learningRate, o.adam);
  const groups = { encoder: ae.encoder.variables, decoder: ae.decoder.variables };
  const vars = [...ae.encoder.variables, ...ae.decoder.variables];
  const manifest = { kind: 'autoencoder' as const, model: { ...ae.options } };
  const step = (x: tf.Tensor2D, _labels: Int32Array | undefined, rng: Rng) => {
    const [reconstruction] = reconstructionPhase(ae, x, optimizer, vars, rng, {
      noiseSd: o.inputNoiseSd,
      weight: 1,
      weightDecay: o.weightDecay,
      decayed: vars,
    });
    return { reconstruction, discriminator: Number.NaN, generator: Number.NaN, supervised: Number.NaN };
  };
  try {
    const history = await runTrainingLoop(
      {
        where: 'trainAutoencoder',
        data,
        dims,
        labels: undefined,
        options: o,
        codec: ae,
        groups,
        optimizers: { reconstruction: optimizer },
        manifest,
        classMixup: 0,
        step,
      },
      train,
      validation,
      hooks,
    );
    return trainedCodec({ manifest, encoder: ae.encoder, decoder: ae.decoder, groups, history, dispose: () => ae.dispose() });
  } catch (error) {
    ae.dispose();
    throw error;
  } finally {
    optimizer.dispose();
  }
}
