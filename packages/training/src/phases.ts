import type { Rng } from '@emocode/core';
import type { Mlp } from '@emocode/model';
import * as tf from '@tensorflow/tfjs-core';
// tfjs-core alone ships no gradients; the training phases need them registered.
import '@tensorflow/tfjs-core/dist/register_all_gradients';

/** Runs `loss` under `optimizer` for `vars` and returns its value (one sync per phase). */
function minimizeValue(optimizer: tf.Optimizer, vars: tf.Variable[], loss: () => tf.Scalar): number {
  const cost = optimizer.minimize(loss, true, vars);
  const value = cost ? cost.dataSync()[0] ?? Number.NaN : Number.NaN;
  cost?.dispose();
  return value;
}

/**
 * Phase 1: encoder + decoder (+ optional head) minimise the MSE between x and its
 * reconstruction; `extra(code)` adds a further loss on the code (the supervised head).
 * @returns [reconstruction MSE, extra loss (NaN when off)]
 */
export function reconstructionPhase(
  nets: { encoder: Mlp; decoder: Mlp },
  x: tf.Tensor2D,
  optimizer: tf.Optimizer,
  vars: tf.Variable[],
  rng: Rng,
  noiseSd: number,
  extra?: (code: tf.Tensor2D) => tf.Scalar,
): [number, number] {
  const encoderSeed = rng.seed();
  const decoderSeed = rng.seed();
  const noiseSeed = rng.seed();
  let extraValue = Number.NaN;
  const total = minimizeValue(optimizer, vars, () => {
    const input = noiseSd > 0 ? tf.add(x, tf.randomNormal(x.shape, 0, noiseSd, 'float32', noiseSeed)) : x;
    const code = nets.encoder.apply(input as tf.Tensor2D, encoderSeed);
    const mse = tf.losses.meanSquaredError(x, nets.decoder.apply(code, decoderSeed));
    if (!extra) return mse as tf.Scalar;
    const e = extra(code);
    extraValue = e.dataSync()[0] ?? Number.NaN;
    return tf.add(mse, e) as tf.Scalar;
  });
  return [extra ? total - extraValue : total, extraValue];
}

/** The discriminator's input: the code, optionally with the one-hot label beside it. */
export function discriminatorInput(code: tf.Tensor2D, oneHot: tf.Tensor2D | undefined): tf.Tensor2D {
  return oneHot ? tf.concat2d([code, oneHot], 1) : code;
}

/**
 * Phase 2: the discriminator learns to output 1 for prior samples and 0 for codes (both
 * paired with their labels). The codes are computed outside the tape: no encoder gradient.
 */
export function discriminatorPhase(
  nets: { encoder: Mlp; discriminator: Mlp },
  x: tf.Tensor2D,
  priorCodes: tf.Tensor2D,
  oneHot: tf.Tensor2D | undefined,
  optimizer: tf.Optimizer,
  rng: Rng,
): number {
  const encoderSeed = rng.seed();
  const discriminatorSeed = rng.seed();
  const fake = nets.encoder.apply(x, encoderSeed);
  const n = x.shape[0];
  const value = minimizeValue(optimizer, nets.discriminator.variables, () =>
    tf.add(
      tf.losses.sigmoidCrossEntropy(tf.ones([n, 1]), nets.discriminator.apply(discriminatorInput(priorCodes, oneHot), discriminatorSeed)),
      tf.losses.sigmoidCrossEntropy(tf.zeros([n, 1]), nets.discriminator.apply(discriminatorInput(fake, oneHot), discriminatorSeed + 97)),
    ) as tf.Scalar,
  );
  fake.dispose();
  return value;
}

/** Phase 3: the encoder (as generator) learns to make the discriminator output 1 for codes. */
export function generatorPhase(
  nets: { encoder: Mlp; discriminator: Mlp },
  x: tf.Tensor2D,
  oneHot: tf.Tensor2D | undefined,
  optimizer: tf.Optimizer,
  rng: Rng,
): number {
  const encoderSeed = rng.seed();
  const discriminatorSeed = rng.seed();
  return minimizeValue(optimizer, nets.encoder.variables, () =>
    tf.losses.sigmoidCrossEntropy(
      tf.ones([x.shape[0], 1]),
      nets.discriminator.apply(discriminatorInput(nets.encoder.apply(x, encoderSeed), oneHot), discriminatorSeed),
    ) as tf.Scalar,
  );
}
