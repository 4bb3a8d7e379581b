import { z } from 'zod';
import { activationNames } from './nets/activation.js';

const widths = z.array(z.number().int().min(1));

/**
 * Architecture of the adversarial autoencoder. Defaults are the paper's (Sahu et al.,
 * Interspeech 2017): encoder inputDims→1000→1000→codeSize, the mirrored decoder, ReLU,
 * dropout 0.5, and a discriminator on [code, one-hot label] with two 1000-unit layers.
 */
export const aaeOptions = z.strictObject({
  /** Feature dimensions (1582 for IS10). */
  inputDims: z.number().int().min(1),
  /** Code dimensions d. */
  codeSize: z.number().int().min(1).default(2),
  /** Emotion classes k (width of the one-hot label the discriminator sees). */
  classes: z.number().int().min(1),
  /** Hidden widths of the encoder; the decoder mirrors them. */
  hidden: widths.default([1000, 1000]),
  discriminatorHidden: widths.default([1000, 1000]),
  activation: z.enum(activationNames).default('relu'),
  dropout: z.number().min(0).max(0.95).default(0.5),
  /** Dropout on the encoder's input features (training only); 0 = off, as in the paper. */
  inputDropout: z.number().min(0).max(0.95).default(0),
  discriminatorDropout: z.number().min(0).max(0.95).default(0.5),
  /**
   * Give the discriminator the one-hot label next to the code (the paper's supervised AAE).
   * Off: it sees the code only, so only the overall mixture is matched.
   */
  conditionDiscriminator: z.boolean().default(true),
  /** Seeds all initialisers (each network derives its own). */
  seed: z.number().int().default(0),
});
export type AaeOptions = z.input<typeof aaeOptions>;
export type ResolvedAaeOptions = z.output<typeof aaeOptions>;
