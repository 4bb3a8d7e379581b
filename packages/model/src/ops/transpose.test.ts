import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../backend/select-backend.js';
import { transpose2d, wasmTranspose } from './transpose.js';

const matrix = (rows: number, cols: number, seed: number) => tf.randomNormal([rows, cols], 0, 1, 'float32', seed) as tf.Tensor2D;

describe('transpose2d on wasm', () => {
  beforeAll(async () => {
    await selectBackend({ backend: 'wasm', threads: 1 });
  });

  // Bulk only, ragged rows, ragged columns, both, fewer than one tile, one row.
  it.each([
    [8, 12],
    [9, 12],
    [8, 14],
    [1582 % 100, 1000 % 99],
    [3, 2],
    [1, 7],
  ])('equals tf.transpose for %i x %i', (rows, cols) => {
    const x = matrix(rows, cols, rows * 100 + cols);
    const got = transpose2d(x);
    expect(got.shape).toEqual([cols, rows]);
    expect(Array.from(got.dataSync())).toEqual(Array.from(tf.transpose(x).dataSync()));
  });

  it('adds one bias per source row before transposing', () => {
    const x = matrix(6, 5, 1);
    const bias = tf.tensor1d([1, 2, 3, 4, 5, 6]);
    const wasm = tf.backend() as unknown as BackendWasm;
    const out = wasmTranspose(wasm, x, bias);
    const got = tf.engine().makeTensorFromTensorInfo(out) as tf.Tensor2D;
    expect(Array.from(got.dataSync())).toEqual(Array.from(tf.transpose(tf.add(x, tf.reshape(bias, [6, 1]))).dataSync()));
  });

  it('has the transpose of dy as its gradient', () => {
    const x = matrix(5, 6, 2);
    const w = matrix(6, 5, 3);
    const g = tf.grad((xx: tf.Tensor) => tf.sum(tf.mul(transpose2d(xx as tf.Tensor2D), w)))(x);
    expect(Array.from(g.dataSync())).toEqual(Array.from(tf.transpose(w).dataSync()));
  });
});
