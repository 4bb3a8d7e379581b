import { EmocodeError } from '@emocode/core';
import { aaeOptions, autoencoderOptions, createAae, createAutoencoder, createPrior, priorOptions, type PriorOptions } from '@emocode/model';
import * as tf from '@tensorflow/tfjs-core';
import type { ModelArtifacts } from './checkpoint-store.js';
import { assignGroups } from './named-weights.js';
import { supervisedHead } from './supervised-head.js';
import { trainedCodec, type TrainedAae, type TrainedAutoencoder } from './trained-codec.js';

/**
 * Rebuilds a trained model from saved artifacts (a `save`d model or a checkpoint; optimizer
 * state in a checkpoint is ignored).
 * @throws EmocodeError EMOCODE_PARSE_ERROR / EMOCODE_INVALID_OPTIONS / EMOCODE_SHAPE_MISMATCH
 *   for artifacts that do not describe a model of this version.
 * @example const copy = restoreTrainedCodec(await trained.toArtifacts())
 */
export function restoreTrainedCodec(artifacts: ModelArtifacts): TrainedAae | TrainedAutoencoder {
  const m = artifacts.manifest;
  const decoded = tf.io.decodeWeights(artifacts.weights, m.weightSpecs);
  const release = (rest: tf.NamedTensorMap) => Object.values(rest).forEach((t) => t.dispose());
  if (m.kind === 'autoencoder') {
    const ae = createAutoencoder(autoencoderOptions.parse(m.model));
    const groups = { encoder: ae.encoder.variables, decoder: ae.decoder.variables };
    release(assignOrDispose(decoded, groups, () => ae.dispose()));
    return trainedCodec({ manifest: m, encoder: ae.encoder, decoder: ae.decoder, groups, history: m.history, dispose: () => ae.dispose() });
  }
  if (m.kind !== 'aae' || !m.prior) {
    release(decoded);
    throw new EmocodeError(
      'EMOCODE_PARSE_ERROR',
      `restoreTrainedCodec: manifest kind must be "aae" (with a prior) or "autoencoder", got ${String(m.kind)}.`,
    );
  }
  // The manifest records the head beside the network options; the options schema is strict.
  const { supervisedHead: withHead, ...networks } = m.model;
  const aae = createAae(aaeOptions.parse(networks));
  const head = withHead === true ? supervisedHead(aae.options.codeSize, aae.options.classes, aae.options.seed) : undefined;
  const dispose = () => {
    aae.dispose();
    head?.dispose();
  };
  const groups = {
    encoder: aae.encoder.variables,
    decoder: aae.decoder.variables,
    discriminator: aae.discriminator.variables,
    ...(head ? { head: head.variables } : {}),
  };
  release(assignOrDispose(decoded, groups, dispose));
  const prior = createPrior(priorOptions.parse(m.prior) as PriorOptions);
  return {
    ...trainedCodec({ manifest: m, encoder: aae.encoder, decoder: aae.decoder, groups, history: m.history, dispose }),
    kind: 'aae',
    prior,
  };
}

function assignOrDispose(decoded: tf.NamedTensorMap, groups: Parameters<typeof assignGroups>[1], dispose: () => void): tf.NamedTensorMap {
  try {
    return assignGroups(decoded, groups, 'restoreTrainedCodec');
  } catch (error) {
    Object.values(decoded).forEach((t) => t.isDisposed || t.dispose());
    dispose();
    throw error;
  }
}
