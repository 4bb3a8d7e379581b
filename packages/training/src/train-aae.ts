import { parseOptions, type Rng } from '@emocode/core';
import { createAae, createPrior, resolveLayout, selectBackend, type Aae, type Mlp, type Prior } from '@emocode/model';
import * as tf from '@tensorflow/tfjs-core';
import { checkTrainingData, splitRows } from './check-inputs.js';
import { createAdam } from './fused-adam.js';
import { ldaCircleOrder } from './prior-order.js';
import { discriminatorPhase, generatorLoss, generatorPhase, reconstructionPhase } from './phases.js';
import { supervisedHead } from './supervised-head.js';
import { trainedCodec, type TrainedAae } from './trained-codec.js';
import { runTrainingLoop, type StepLosses, type TrainHooks } from './training-loop.js';
import { trainAaeOptions, type ResolvedTrainAaeOptions, type TrainAaeOptions } from './train-options.js';

/**
 * Trains an adversarial autoencoder (Sahu et al. 2017; Makhzani et al. 2016) with three
 * phases per mini-batch, each with its own Adam optimizer: (1) encoder + decoder minimise
 * reconstruction MSE; (2) the discriminator separates prior samples from codes, both paired
 * with their one-hot labels; (3) the encoder, as generator, tries to fool it.
 * Activates the fastest tfjs backend first (`selectBackend`; `EMOCODE_BACKEND` forces one).
 * @param data row-major `rows x dims`, already standardized (fit the scaler on training rows).
 * @param labels class per row in 0..classes−1 (−1 = unlabelled, semi-supervised prior only).
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS, EMOCODE_SHAPE_MISMATCH, EMOCODE_NON_FINITE,
 *   EMOCODE_INVALID_INPUT (labels out of range, a checkpoint from other options).
 * @example const aae = await trainAae(x, 1582, y, { model: { codeSize: 2 }, epochs: 50 })
 */
export async function trainAae(
  data: Float32Array,
  dims: number,
  labels: Int32Array,
  options: TrainAaeOptions = {},
  hooks?: TrainHooks,
): Promise<TrainedAae> {
  const o = parseOptions(trainAaeOptions, options, 'trainAae');
  await selectBackend();
  const classes = o.classes ?? Math.max(0, ...labels) + 1;
  const semi = o.prior.kind === 'class-gaussian-mixture' && o.prior.semiSupervised === true;
  checkTrainingData(data, dims, labels, classes, semi, 'trainAae');
  const { train, validation } = splitRows(data.length / dims, o.trainRows, o.validationRows, 'trainAae');
  const aae = createAae({ ...o.model, inputDims: dims, classes, seed: o.seed });
  const prior = createPrior({
    ...o.prior,
    codeSize: aae.options.codeSize,
    classes,
    ...priorSlots(o, data, dims, labels, train, classes, aae.options.codeSize),
  });
  const head = o.supervisedWeight > 0 ? supervisedHead(aae.options.codeSize, classes, o.seed) : undefined;
  const adam = (lr: number) => createAdam(lr, o.adam);
  const optimizers = {
    reconstruction: adam(o.learningRates.reconstruction),
    discriminator: adam(o.learningRates.discriminator),
    generator: adam(o.learningRates.generator),
  };
  const groups = {
    encoder: aae.encoder.variables,
    decoder: aae.decoder.variables,
    discriminator: aae.discriminator.variables,
    ...(head ? { head: head.variables } : {}),
  };
  const manifest = { kind: 'aae' as const, model: { ...aae.options, supervisedHead: head !== undefined }, prior: { ...prior.options } };
  try {
    const history = await runTrainingLoop(
      {
        where: 'trainAae',
        data,
        dims,
        labels,
        options: o,
        codec: aae,
        groups,
        optimizers,
        manifest,
        classMixup: o.classMixup,
        step: aaeStep(
          aae,
          prior,
          head,
          o,
          optimizers,
          classes,
          o.balanceClasses ? balancedClassWeights(labels, train, classes) : undefined,
        ),
      },
      train,
      validation,
      hooks,
    );
    const codec = trainedCodec({
      manifest,
      encoder: aae.encoder,
      decoder: aae.decoder,
      groups,
      history,
      dispose: () => {
        aae.dispose();
        head?.dispose();
      },
    });
    return { ...codec, kind: 'aae', prior };
  } catch (error) {
    aae.dispose();
    head?.dispose();
    throw error;
  } finally {
    Object.values(optimizers).forEach((opt) => opt.dispose());
  }
}

/** n / (classes · count[c]) over the training rows, per class (a class without rows gets 0). */
export function balancedClassWeights(labels: Int32Array, train: readonly number[], classes: number): Float32Array {
  const counts = new Float32Array(classes);
  for (const r of train) if (labels[r]! >= 0) counts[labels[r]!]! += 1;
  const labelled = counts.reduce((a, b) => a + b, 0);
  return counts.map((n) => (n > 0 ? labelled / (classes * n) : 0));
}

/** The prior's `order` when `priorOrder: 'lda'` applies (a mixture on a circle without its own order). */
function priorSlots(
  o: ResolvedTrainAaeOptions,
  data: Float32Array,
  dims: number,
  labels: Int32Array,
  train: number[],
  classes: number,
  codeSize: number,
): { order?: number[] } {
  const p = o.prior;
  if (o.priorOrder !== 'lda' || p.kind !== 'class-gaussian-mixture' || p.order || resolveLayout(p.layout, classes, codeSize) !== 'circle')
    return {};
  return { order: ldaCircleOrder(data, dims, labels, train, classes) };
}

function aaeStep(
  aae: Aae,
  prior: Prior,
  head: Mlp | undefined,
  o: ResolvedTrainAaeOptions,
  opt: Record<'reconstruction' | 'discriminator' | 'generator', tf.Optimizer>,
  classes: number,
  classWeight: Float32Array | undefined,
) {
  const codecVars = [...aae.encoder.variables, ...aae.decoder.variables, ...(head?.variables ?? [])];
  return (x: tf.Tensor2D, labels: Int32Array | undefined, rng: Rng): StepLosses => {
    const batchLabels = labels ?? new Int32Array(x.shape[0]);
    const oneHot = tf.tidy(() => tf.cast(tf.oneHot(tf.tensor1d(batchLabels, 'int32'), classes), 'float32') as tf.Tensor2D);
    const conditioning = aae.options.conditionDiscriminator ? oneHot : undefined;
    const joint = o.jointGenerator && o.adversarialWeight > 0;
    const rowWeights = classWeight ? Float32Array.from(batchLabels, (c) => (c >= 0 ? classWeight[c]! : 0)) : undefined;
    const headLoss = (net: Mlp, code: tf.Tensor2D): tf.Scalar => {
      const logits = net.apply(code);
      // Mean of the weighted row losses (weights average about 1 over the training rows).
      return (
        rowWeights
          ? tf.div(
              tf.sum(tf.mul(tf.losses.softmaxCrossEntropy(oneHot, logits, undefined, undefined, tf.Reduction.NONE), rowWeights)),
              rowWeights.length,
            )
          : tf.losses.softmaxCrossEntropy(oneHot, logits)
      ) as tf.Scalar;
    };
    const extra = (code: tf.Tensor2D): Record<string, tf.Scalar> => ({
      ...(head ? { supervised: tf.mul(o.supervisedWeight, headLoss(head, code)) as tf.Scalar } : {}),
      ...(joint
        ? { generator: tf.mul(o.adversarialWeight, generatorLoss(aae.discriminator, code, conditioning, rng.seed())) as tf.Scalar }
        : {}),
    });
    const terms = { noiseSd: o.inputNoiseSd, weight: o.reconstructionWeight, weightDecay: o.weightDecay, decayed: codecVars, extra };
    const [reconstruction, extras] = reconstructionPhase(aae, x, opt.reconstruction, codecVars, rng, terms);
    const supervised = extras['supervised'] === undefined ? Number.NaN : extras['supervised'] / o.supervisedWeight;
    if (o.adversarialWeight === 0) {
      oneHot.dispose();
      return { reconstruction, discriminator: Number.NaN, generator: Number.NaN, supervised };
    }
    let discriminator = 0;
    for (let s = 0; s < o.discriminatorSteps; s++) {
      const priorCodes = tf.tensor2d(prior.sample(batchLabels, rng), [x.shape[0], prior.codeSize]);
      discriminator += discriminatorPhase(aae, x, priorCodes, conditioning, opt.discriminator, rng) / o.discriminatorSteps;
      priorCodes.dispose();
    }
    const generator = joint
      ? (extras['generator'] as number) / o.adversarialWeight
      : generatorPhase(aae, x, conditioning, opt.generator, rng, o.adversarialWeight);
    oneHot.dispose();
    return { reconstruction, discriminator, generator, supervised };
  };
}
