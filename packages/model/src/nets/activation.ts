import * as tf from '@tensorflow/tfjs-core';

/** Hidden-layer nonlinearities by name (the paper uses ReLU). */
export const activations = {
  relu: (x: tf.Tensor2D) => tf.relu(x),
  leakyRelu: (x: tf.Tensor2D) => tf.leakyRelu(x, 0.2),
  elu: (x: tf.Tensor2D) => tf.elu(x),
  tanh: (x: tf.Tensor2D) => tf.tanh(x),
  selu: (x: tf.Tensor2D) => tf.selu(x),
} as const satisfies Record<string, (x: tf.Tensor2D) => tf.Tensor2D>;

export type ActivationName = keyof typeof activations;
export const activationNames = Object.keys(activations) as [ActivationName, ...ActivationName[]];
