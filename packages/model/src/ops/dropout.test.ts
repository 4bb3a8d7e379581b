import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../backend/select-backend.js';
import { dropout } from './dropout.js';

async function maskOn(backend: string, rows: number, cols: number, rate: number, seed: number): Promise<Float32Array> {
  await tf.setBackend(backend);
  return tf.tidy(() => dropout(tf.ones([rows, cols]), rate, seed).dataSync() as Float32Array);
}

describe('dropout', () => {
  beforeAll(async () => {
    await selectBackend({ backend: 'wasm', threads: 1 });
  });

  it.each(['cpu', 'wasm'])('on %s keeps about 1 − rate of the entries, scaled by 1/(1 − rate)', async (backend) => {
    for (const rate of [0.5, 0.2]) {
      const mask = await maskOn(backend, 200, 500, rate, 7);
      const kept = mask.filter((v) => v !== 0);
      expect(new Set(kept)).toEqual(new Set([Math.fround(1 / (1 - rate))]));
      expect(kept.length / mask.length).toBeCloseTo(1 - rate, 2);
    }
  });

  it('gives the same mask for the same seed on wasm (SIMD) and cpu (JavaScript), another for another seed', async () => {
    for (const [rows, cols] of [
      [100, 1000],
      [3, 7],
    ] as const) {
      const wasm = await maskOn('wasm', rows, cols, 0.5, 11);
      expect(await maskOn('cpu', rows, cols, 0.5, 11)).toEqual(wasm);
      const other = await maskOn('wasm', rows, cols, 0.5, 12);
      expect(other.filter((v, i) => v !== wasm[i]).length).toBeGreaterThan(rows * cols > 100 ? rows * cols * 0.3 : 0);
    }
  });

  it.each(['cpu', 'wasm'])('on %s has the mask as its gradient', async (backend) => {
    await tf.setBackend(backend);
    const x = tf.randomNormal([20, 8], 0, 1, 'float32', 3) as tf.Tensor2D;
    const grad = tf.grad((t: tf.Tensor) => tf.sum(dropout(t as tf.Tensor2D, 0.5, 5)))(x);
    expect(grad.dataSync()).toEqual(dropout(tf.onesLike(x), 0.5, 5).dataSync());
  });
});
