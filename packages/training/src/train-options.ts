import { aaeOptions, priorSpec } from '@emocode/model';
import { z } from 'zod';
import type { CheckpointStore } from './checkpoint-store.js';

const rowIndices = z.array(z.number().int().min(0));

/**
 * Loop settings shared by the AAE and the plain autoencoder. The paper gives no optimizer,
 * learning rate, batch size or epoch count; the defaults follow the reference PyTorch loop
 * (Adam, batch 100; see README for the reasoning).
 */
export const loopOptions = z.strictObject({
  epochs: z.number().int().min(1).default(100),
  /**
   * Caps the epochs at ceil(maxSteps / mini-batches per epoch), so the number of updates stays
   * bounded on a large corpus while a small one still trains every epoch it asks for.
   */
  maxSteps: z.number().int().min(1).optional(),
  batchSize: z.number().int().min(1).default(100),
  /** Seeds initialisers, dropout masks, shuffling and prior samples. */
  seed: z.number().int().default(0),
  /** Adam moments; the epsilon is PyTorch's 1e-8 (tfjs' default is 1e-7). */
  adam: z
    .strictObject({
      beta1: z.number().min(0).max(1).default(0.9),
      beta2: z.number().min(0).max(1).default(0.999),
      epsilon: z.number().positive().default(1e-8),
    })
    .prefault({}),
  /** Rows to train on (default: all rows not in validationRows). */
  trainRows: rowIndices.optional(),
  /** Held-out rows for validation reconstruction and early stopping. */
  validationRows: rowIndices.optional(),
  /** Early stopping on validation reconstruction (only with validationRows). */
  earlyStopping: z
    .strictObject({
      patience: z.number().int().min(1).default(10),
      minDelta: z.number().min(0).default(0),
      /** Put the best epoch's encoder/decoder weights back at the end. */
      restoreBest: z.boolean().default(true),
    })
    .prefault({}),
  checkpoint: z
    .strictObject({
      store: z.custom<CheckpointStore>((v) => typeof (v as CheckpointStore)?.save === 'function', 'must be a CheckpointStore'),
      everyEpochs: z.number().int().min(1).default(1),
      /** Continue from the store's last checkpoint when there is one. */
      resume: z.boolean().default(true),
    })
    .optional(),
  /** Std of Gaussian noise added to encoder inputs in the reconstruction phase (denoising); 0 = off. */
  inputNoiseSd: z.number().min(0).default(0),
  /** L2 penalty on encoder/decoder kernels in the reconstruction phase (PyTorch Adam weight_decay); 0 = off. */
  weightDecay: z.number().min(0).default(0),
});

/** Options of `trainAae`. */
export const trainAaeOptions = loopOptions.extend({
  /** Architecture; inputDims comes from the data, classes from `classes`, the seed from `seed`. */
  model: aaeOptions.omit({ inputDims: true, classes: true, seed: true }).prefault({}),
  /** Number of classes k (default: max label + 1). */
  classes: z.number().int().min(1).optional(),
  prior: priorSpec.prefault({ kind: 'class-gaussian-mixture' }),
  /**
   * Which circle slot each class's component takes when the prior's means lie on a circle
   * (a 2-D code, or one too small for a simplex): `label` (class c in slot c, the paper's
   * arbitrary choice) or `lda` (the circular order of the classes' LDA 2-D means on the
   * training rows, so neighbouring components hold classes the features keep close). A
   * prior with its own `order` keeps it.
   */
  priorOrder: z.enum(['label', 'lda']).default('label'),
  /** Adam learning rate of each phase (the reference loop's values). */
  learningRates: z
    .strictObject({
      reconstruction: z.number().positive().default(1e-3),
      discriminator: z.number().positive().default(1e-4),
      generator: z.number().positive().default(1e-4),
    })
    .prefault({}),
  /**
   * Weight of a softmax classifier head on the code, trained with the reconstruction phase
   * (cross-entropy on labelled rows); 0 = off, as in the paper.
   */
  supervisedWeight: z.number().min(0).default(0),
  /**
   * Weigh the head's cross-entropy per row by n / (classes · count[class]) over the training rows,
   * so every class counts alike, as UAR does; off = every row alike.
   */
  balanceClasses: z.boolean().default(false),
  /** Multiplies the reconstruction MSE in phase 1. */
  reconstructionWeight: z.number().positive().default(1),
  /**
   * Multiplies the generator loss in phase 3; 0 skips phases 2 and 3 (a plain or, with
   * supervisedWeight, a supervised autoencoder with the AAE's layout).
   */
  adversarialWeight: z.number().min(0).default(1),
  /**
   * Add the generator loss (× adversarialWeight) to the phase-1 loss and drop phase 3, so one
   * Adam step balances reconstruction, supervision and adversary. In separate phases Adam
   * largely normalises a constant loss weight away; joint, adversarialWeight really weighs.
   */
  jointGenerator: z.boolean().default(false),
  /**
   * Within-class mixup: each training row is mixed with a random training row of its class,
   * `(1 − λ)·x + λ·x_other` with λ ~ U(0, classMixup); 0 = off (the paper).
   */
  classMixup: z.number().min(0).max(1).default(0),
  /** Discriminator updates per mini-batch (each with fresh prior samples). */
  discriminatorSteps: z.number().int().min(1).default(1),
});
export type TrainAaeOptions = z.input<typeof trainAaeOptions>;
export type ResolvedTrainAaeOptions = z.output<typeof trainAaeOptions>;

/** Options of `trainAutoencoder`. */
export const trainAutoencoderOptions = loopOptions.extend({
  model: aaeOptions.pick({ codeSize: true, hidden: true, activation: true, dropout: true, inputDropout: true }).prefault({}),
  learningRate: z.number().positive().default(1e-3),
});
export type TrainAutoencoderOptions = z.input<typeof trainAutoencoderOptions>;
export type ResolvedTrainAutoencoderOptions = z.output<typeof trainAutoencoderOptions>;
