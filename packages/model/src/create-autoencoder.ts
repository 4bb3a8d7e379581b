import { parseOptions } from '@emocode/core';
import { autoencoderOptions, type AutoencoderOptions, type ResolvedAutoencoderOptions } from './autoencoder-options.js';
import { createCodecNets } from './create-aae.js';
import type { Mlp } from './nets/mlp.js';

/** Encoder and decoder of the plain (non-adversarial) autoencoder baseline. */
export interface Autoencoder {
  readonly options: ResolvedAutoencoderOptions;
  readonly encoder: Mlp;
  readonly decoder: Mlp;
  dispose(): void;
}

/**
 * Creates a plain autoencoder with the same layout and initialisation as the AAE's codec.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS
 * @example const ae = createAutoencoder({ inputDims: 1582, codeSize: 10 })
 */
export function createAutoencoder(options: AutoencoderOptions): Autoencoder {
  const o = parseOptions(autoencoderOptions, options, 'createAutoencoder');
  const { encoder, decoder } = createCodecNets(o);
  return {
    options: o,
    encoder,
    decoder,
    dispose() {
      encoder.dispose();
      decoder.dispose();
    },
  };
}
