import type { z } from 'zod';
import { aaeOptions } from './aae-options.js';

/**
 * Architecture of the plain autoencoder baseline: the AAE's encoder and decoder with the
 * same defaults, no discriminator and no labels.
 */
export const autoencoderOptions = aaeOptions.pick({
  inputDims: true,
  codeSize: true,
  hidden: true,
  activation: true,
  dropout: true,
  inputDropout: true,
  seed: true,
});
export type AutoencoderOptions = z.input<typeof autoencoderOptions>;
export type ResolvedAutoencoderOptions = z.output<typeof autoencoderOptions>;
