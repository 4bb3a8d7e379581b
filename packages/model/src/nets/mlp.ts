import * as tf from '@tensorflow/tfjs-core';
import { dense } from '../ops/dense.js';
import { dropout } from '../ops/dropout.js';
import { activations, type ActivationName } from './activation.js';

/** Layer sizes and regularisation of one fully-connected network. */
export interface MlpSpec {
  /** Widths from input to output, e.g. [1582, 1000, 1000, 2]. */
  readonly sizes: readonly number[];
  readonly activation: ActivationName;
  /** Dropout rate after every hidden activation (0 = none). */
  readonly dropout: number;
  /** Dropout rate on the input features (0 = none, the default). */
  readonly inputDropout?: number;
  /** Seeds the Glorot-uniform initialiser. */
  readonly seed: number;
}

/** A multilayer perceptron on our own tf.Variables (no tfjs-layers). */
export interface Mlp {
  readonly spec: MlpSpec;
  /** Trainable variables in layer order: kernel0, bias0, kernel1, ... */
  readonly variables: tf.Variable[];
  /**
   * Forward pass, `batch x sizes[0]` → `batch x sizes.at(-1)`; the output layer is linear.
   * With `dropoutSeed` (training) dropout is applied, seeded per layer; without, it is not.
   */
  apply(x: tf.Tensor2D, dropoutSeed?: number): tf.Tensor2D;
  dispose(): void;
}

/**
 * Creates an MLP with Glorot-uniform kernels (seeded, layer l uses `seed + l`) and zero biases.
 * @example const enc = createMlp({ sizes: [1582, 1000, 1000, 2], activation: 'relu', dropout: 0.5, seed: 1 })
 */
export function createMlp(spec: MlpSpec): Mlp {
  const variables: tf.Variable[] = [];
  for (let l = 0; l + 1 < spec.sizes.length; l++) {
    const fanIn = spec.sizes[l];
    const fanOut = spec.sizes[l + 1];
    const limit = Math.sqrt(6 / (fanIn + fanOut));
    const kernel = tf.randomUniform([fanIn, fanOut], -limit, limit, 'float32', spec.seed + l);
    const bias = tf.zeros([fanOut]);
    variables.push(tf.variable(kernel), tf.variable(bias));
    kernel.dispose();
    bias.dispose();
  }
  const layers = variables.length / 2;
  const activation = activations[spec.activation];
  return {
    spec,
    variables,
    apply(x, dropoutSeed) {
      return tf.tidy(() => {
        const inputDropout = spec.inputDropout ?? 0;
        const dropInput = dropoutSeed !== undefined && inputDropout > 0;
        let h = dropInput ? dropout(x, inputDropout, dropoutSeed - 1) : x;
        for (let l = 0; l < layers; l++) {
          h = dense(h, variables[2 * l] as tf.Tensor2D, variables[2 * l + 1] as tf.Tensor1D);
          if (l === layers - 1) break;
          h = activation(h);
          if (dropoutSeed !== undefined && spec.dropout > 0) h = dropout(h, spec.dropout, dropoutSeed + l);
        }
        return h;
      });
    },
    dispose() {
      for (const v of variables) v.dispose();
    },
  };
}
