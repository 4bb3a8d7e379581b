import { parseOptions } from '@emocode/core';
import { aaeOptions, type AaeOptions, type ResolvedAaeOptions } from './aae-options.js';
import { createMlp, type Mlp } from './nets/mlp.js';

/** The three networks of an adversarial autoencoder. */
export interface Aae {
  readonly options: ResolvedAaeOptions;
  /** `batch x inputDims` → `batch x codeSize`. */
  readonly encoder: Mlp;
  /** `batch x codeSize` → `batch x inputDims` (linear output, in standardized units). */
  readonly decoder: Mlp;
  /** `batch x (codeSize [+ classes])` → `batch x 1` logits (1 = "from the prior"). */
  readonly discriminator: Mlp;
  dispose(): void;
}

/**
 * Creates the encoder, decoder and discriminator with freshly initialised, seeded weights.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS
 * @example const aae = createAae({ inputDims: 1582, classes: 4, codeSize: 2 })
 */
export function createAae(options: AaeOptions): Aae {
  const o = parseOptions(aaeOptions, options, 'createAae');
  const { encoder, decoder } = createCodecNets(o);
  const discriminatorInput = o.codeSize + (o.conditionDiscriminator ? o.classes : 0);
  const discriminator = createMlp({
    sizes: [discriminatorInput, ...o.discriminatorHidden, 1],
    activation: o.activation,
    dropout: o.discriminatorDropout,
    seed: o.seed * 1000 + 200,
  });
  return {
    options: o,
    encoder,
    decoder,
    discriminator,
    dispose() {
      for (const net of [encoder, decoder, discriminator]) net.dispose();
    },
  };
}

/** Encoder and mirrored decoder; shared by the AAE and the plain autoencoder. */
export function createCodecNets(o: {
  inputDims: number;
  codeSize: number;
  hidden: readonly number[];
  activation: ResolvedAaeOptions['activation'];
  dropout: number;
  inputDropout: number;
  seed: number;
}): { encoder: Mlp; decoder: Mlp } {
  const common = { activation: o.activation, dropout: o.dropout };
  return {
    encoder: createMlp({ ...common, inputDropout: o.inputDropout, sizes: [o.inputDims, ...o.hidden, o.codeSize], seed: o.seed * 1000 }),
    decoder: createMlp({ ...common, sizes: [o.codeSize, ...[...o.hidden].reverse(), o.inputDims], seed: o.seed * 1000 + 100 }),
  };
}
