import type { Rng } from '@emocode/core';
import type { Mlp } from '@emocode/model';
import * as tf from '@tensorflow/tfjs-core';

/**
 * Runs `loss` under `optimizer` for `vars` and returns its value: one GPU-to-CPU read of the total
 * loss. The reconstruction phase reads its MSE and each extra term as well (one read per term).
 */
function minimizeValue(optimizer: tf.Optimizer, vars: tf.Variable[], loss: () => tf.Scalar): number {
  const cost = optimizer.minimize(loss, true, vars);
  const value = cost ? (cost.dataSync()[0] ?? Number.NaN) : Number.NaN;
  cost?.dispose();
  return value;
}

/** Knobs of the reconstruction phase (all off/neutral by default in the trainers). */
export interface ReconstructionTerms {
  /** Std of Gaussian noise on the encoder input (denoising); 0 = off. */
  readonly noiseSd: number;
  /** Multiplies the MSE term. */
  readonly weight: number;
  /** L2 penalty `weightDecay/2 · Σ‖kernel‖²` over the kernels of `decayed`; 0 = off. */
  readonly weightDecay: number;
  readonly decayed: readonly tf.Variable[];
  /** Further named losses on the code (supervised head, joint generator), each already weighted. */
  readonly extra?: (code: tf.Tensor2D) => Record<string, tf.Scalar>;
}

/**
 * Phase 1: encoder + decoder (+ optional head) minimise the weighted MSE between x and its
 * reconstruction plus the optional terms.
 * @returns [reconstruction MSE (unweighted), value of each extra loss]
 */
export function reconstructionPhase(
  nets: { encoder: Mlp; decoder: Mlp },
  x: tf.Tensor2D,
  optimizer: tf.Optimizer,
  vars: tf.Variable[],
  rng: Rng,
  terms: ReconstructionTerms,
): [number, Record<string, number>] {
  const encoderSeed = rng.seed();
  const decoderSeed = rng.seed();
  const noiseSeed = rng.seed();
  let mseValue = Number.NaN;
  const extraValues: Record<string, number> = {};
  // The noisy input is data: made off the tape, so the encoder may skip its input gradient.
  const input =
    terms.noiseSd > 0 ? tf.tidy(() => tf.add(x, tf.randomNormal(x.shape, 0, terms.noiseSd, 'float32', noiseSeed)) as tf.Tensor2D) : x;
  minimizeValue(optimizer, vars, () => {
    const code = nets.encoder.apply(input, encoderSeed);
    const mse = tf.losses.meanSquaredError(x, nets.decoder.apply(code, decoderSeed)) as tf.Scalar;
    mseValue = mse.dataSync()[0] ?? Number.NaN;
    let loss: tf.Scalar = terms.weight === 1 ? mse : tf.mul(mse, terms.weight);
    for (const [name, e] of Object.entries(terms.extra?.(code) ?? {})) {
      extraValues[name] = e.dataSync()[0] ?? Number.NaN;
      loss = tf.add(loss, e);
    }
    if (terms.weightDecay > 0) {
      const kernels = terms.decayed.filter((v) => v.rank === 2).map((v) => tf.sum(tf.square(v)));
      loss = tf.add(loss, tf.mul(terms.weightDecay / 2, tf.addN(kernels)));
    }
    return loss;
  });
  if (input !== x) input.dispose();
  return [mseValue, extraValues];
}

/** The discriminator's input: the code, optionally with the one-hot label beside it. */
export function discriminatorInput(code: tf.Tensor2D, oneHot: tf.Tensor2D | undefined): tf.Tensor2D {
  return oneHot ? tf.concat2d([code, oneHot], 1) : code;
}

/**
 * Phase 2: the discriminator learns to output 1 for prior samples and 0 for codes (both
 * paired with their labels). The codes are computed outside the tape: no encoder gradient.
 * Both halves go through the discriminator as one stacked batch (one matMul per layer instead
 * of two); twice the mean cross-entropy over the stack is the sum of the two halves' means.
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
  const n = x.shape[0];
  const [stacked, targets] = tf.tidy(() => {
    const fake = nets.encoder.apply(x, encoderSeed);
    return [
      tf.concat2d([discriminatorInput(priorCodes, oneHot), discriminatorInput(fake, oneHot)], 0),
      tf.concat2d([tf.ones([n, 1]), tf.zeros([n, 1])], 0),
    ];
  });
  const value = minimizeValue(
    optimizer,
    nets.discriminator.variables,
    () => tf.mul(2, tf.losses.sigmoidCrossEntropy(targets, nets.discriminator.apply(stacked, discriminatorSeed))) as tf.Scalar,
  );
  tf.dispose([stacked, targets]);
  return value;
}

/** The generator's loss: the discriminator should say "prior" (1) for these codes. */
export function generatorLoss(discriminator: Mlp, code: tf.Tensor2D, oneHot: tf.Tensor2D | undefined, dropoutSeed: number): tf.Scalar {
  return tf.losses.sigmoidCrossEntropy(
    tf.ones([code.shape[0], 1]),
    discriminator.apply(discriminatorInput(code, oneHot), dropoutSeed),
  ) as tf.Scalar;
}

/**
 * Phase 3: the encoder (as generator) learns to make the discriminator output 1 for codes.
 * @returns the unweighted generator loss.
 */
export function generatorPhase(
  nets: { encoder: Mlp; discriminator: Mlp },
  x: tf.Tensor2D,
  oneHot: tf.Tensor2D | undefined,
  optimizer: tf.Optimizer,
  rng: Rng,
  weight = 1,
): number {
  const encoderSeed = rng.seed();
  const discriminatorSeed = rng.seed();
  const value = minimizeValue(optimizer, nets.encoder.variables, () => {
    const loss = generatorLoss(nets.discriminator, nets.encoder.apply(x, encoderSeed), oneHot, discriminatorSeed);
    return weight === 1 ? loss : tf.mul(loss, weight);
  });
  return value / weight;
}
