// The model's encoder on tfjs' WebAssembly backend: the same dense layers as @emocode/predict's
// plain-JavaScript encoder, as tfjs ops (float32 products in SIMD wasm).
import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { EmotionModel } from '@emocode/predict';

const ACTIVATIONS: Record<EmotionModel['encoder']['activation'], (x: tf.Tensor) => tf.Tensor> = {
  relu: (x) => tf.relu(x),
  leakyRelu: (x) => tf.leakyRelu(x, 0.2),
  elu: (x) => tf.elu(x),
  tanh: (x) => tf.tanh(x),
  selu: (x) => tf.selu(x),
};

/**
 * Starts tfjs on its wasm backend, its `.wasm` files fetched from `wasmDir` (a URL ending in `/`),
 * and returns the encoder as an `encode` for `predictFeatures`, with the backend's name.
 * @throws Error when the wasm backend cannot start here.
 */
export async function tfjsEncoder(
  encoder: EmotionModel['encoder'],
  wasmDir: string,
): Promise<{ backend: string; encode: (x: Float32Array, rows: number) => Float32Array }> {
  setWasmPaths(wasmDir);
  if (!(await tf.setBackend('wasm'))) throw new Error('tfjs: the wasm backend did not start');
  await tf.ready();
  const layers = encoder.layers.map((l) => ({ kernel: tf.tensor2d(l.kernel, [l.inputs, l.out]), bias: tf.tensor1d(l.bias) }));
  const activation = ACTIVATIONS[encoder.activation];
  const encode = (x: Float32Array, rows: number): Float32Array =>
    tf.tidy(() => {
      let h: tf.Tensor = tf.tensor2d(x, [rows, encoder.layers[0]!.inputs]);
      layers.forEach((l, k) => {
        h = tf.add(tf.matMul(h as tf.Tensor2D, l.kernel), l.bias);
        if (k < layers.length - 1) h = activation(h);
      });
      return h.dataSync() as Float32Array;
    });
  return { backend: tf.getBackend(), encode };
}
