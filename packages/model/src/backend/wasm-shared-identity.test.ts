import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from './select-backend.js';

describe('Identity on wasm (as selectBackend installs it)', () => {
  beforeAll(async () => {
    await selectBackend({ backend: 'wasm', threads: 1 });
  });

  it('shares the buffer of its input: a clone adds a tensor but no data buffer', () => {
    const x = tf.tensor1d([1, 2, 3]);
    const before = tf.memory();
    const y = tf.clone(x);
    expect(tf.memory().numTensors).toBe(before.numTensors + 1);
    expect(tf.memory().numDataBuffers).toBe(before.numDataBuffers);
    tf.dispose([x, y]);
  });

  it('keeps the shared buffer until the last tensor on it is disposed', () => {
    const x = tf.tensor1d([4, 5, 6]);
    const y = tf.clone(x);
    x.dispose();
    expect(Array.from(y.dataSync())).toEqual([4, 5, 6]);
    const buffers = tf.memory().numDataBuffers;
    y.dispose();
    expect(tf.memory().numDataBuffers).toBe(buffers - 1);
  });

  it('leaves gradients that save their inputs unchanged', () => {
    const x = tf.tensor1d([-1, 2, -3, 4]);
    const g = tf.grad((v: tf.Tensor) => tf.sum(tf.mul(tf.relu(v), v)))(x);
    expect(Array.from(g.dataSync())).toEqual([0, 4, 0, 8]);
  });
});
