import { expectClose } from '@emocode/core/testing';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../backend/select-backend.js';
import { dense } from './dense.js';

const plain = (x: tf.Tensor2D, k: tf.Tensor2D, b: tf.Tensor1D) => tf.add(tf.matMul(x, k), b);

function inputs(seed: number) {
  return {
    x: tf.randomNormal([5, 7], 0, 1, 'float32', seed) as tf.Tensor2D,
    k: tf.randomNormal([7, 3], 0, 1, 'float32', seed + 1) as tf.Tensor2D,
    b: tf.randomNormal([3], 0, 1, 'float32', seed + 2) as tf.Tensor1D,
    w: tf.randomNormal([5, 3], 0, 1, 'float32', seed + 3) as tf.Tensor2D,
  };
}

describe.each(['cpu', 'wasm'])('dense on %s', (backend) => {
  beforeAll(async () => {
    await selectBackend({ backend: 'wasm', threads: 1 });
    await tf.setBackend(backend);
  });

  it('computes x·kernel + bias', () => {
    const x = tf.tensor2d([[1, 2]]);
    const k = tf.tensor2d([
      [1, 0, 2],
      [0, 1, 3],
    ]);
    expect(Array.from(dense(x, k, tf.tensor1d([0.5, 0, -1])).dataSync())).toEqual([1.5, 2, 7]);
  });

  it('computes x·kernel + bias when the output is wider than the batch (transposed route on wasm)', () => {
    const x = tf.randomNormal([6, 9], 0, 1, 'float32', 61) as tf.Tensor2D;
    const k = tf.randomNormal([9, 10], 0, 1, 'float32', 62) as tf.Tensor2D;
    const b = tf.randomNormal([10], 0, 1, 'float32', 63) as tf.Tensor1D;
    const got = dense(x, k, b);
    expect(got.shape).toEqual([6, 10]);
    expectClose(got.dataSync(), plain(x, k, b).dataSync(), { atol: 1e-5, rtol: 1e-5 });
  });

  it('has the gradients of the plain formula for x, kernel and bias (relu and a weighted sum on top)', () => {
    const { x, k, b, w } = inputs(11);
    const loss = (f: typeof plain) => (xx: tf.Tensor, kk: tf.Tensor, bb: tf.Tensor) =>
      tf.sum(tf.mul(tf.relu(f(xx as tf.Tensor2D, kk as tf.Tensor2D, bb as tf.Tensor1D)), w));
    const want = tf.grads(loss(plain))([x, k, b]);
    const got = tf.grads(loss((xx, kk, bb) => dense(xx, kk, bb)))([x, k, b]);
    for (let i = 0; i < 3; i++) expectClose(got[i]!.dataSync(), want[i]!.dataSync(), { atol: 1e-5, rtol: 1e-5 });
    expect(got.map((g) => g.shape)).toEqual([[5, 7], [7, 3], [3]]);
  });

  it('matches a central finite difference of the loss in one kernel entry', () => {
    const { x, k, b, w } = inputs(21);
    const f = (kk: tf.Tensor2D) => tf.sum(tf.mul(dense(x, kk, b), w)).dataSync()[0]!;
    const dk = tf
      .grad((kk: tf.Tensor) => tf.sum(tf.mul(dense(x, kk as tf.Tensor2D, b), w)))(k)
      .dataSync();
    const eps = 1e-2;
    const unit = new Float32Array(21);
    unit[4] = 1;
    const bump = (d: number) => tf.add(k, tf.mul(tf.tensor2d(unit, [7, 3]), d)) as tf.Tensor2D;
    expect((f(bump(eps)) - f(bump(-eps))) / (2 * eps)).toBeCloseTo(dk[4]!, 2);
  });

  it('computes only the gradients the loss asks for (one backward matMul per requested operand)', async () => {
    const { x, k, b, w } = inputs(31);
    const loss = (xx: tf.Tensor, kk: tf.Tensor, bb: tf.Tensor) =>
      tf.sum(tf.mul(dense(xx as tf.Tensor2D, kk as tf.Tensor2D, bb as tf.Tensor1D), w));
    const backwardMatMuls = async (wrt: (0 | 1 | 2)[]) => {
      const profile = await tf.profile(() => {
        const f = (...ts: tf.Tensor[]) => {
          const all = [x, k, b] as tf.Tensor[];
          wrt.forEach((i, j) => (all[i] = ts[j]!));
          return loss(all[0]!, all[1]!, all[2]!);
        };
        tf.dispose(tf.grads(f)(wrt.map((i) => [x, k, b][i]!)));
      });
      return profile.kernels.filter((kk) => kk.name === 'BatchMatMul').length;
    };
    expect(await backwardMatMuls([0, 1, 2])).toBe(2);
    expect(await backwardMatMuls([1, 2])).toBe(1);
    expect(await backwardMatMuls([0])).toBe(1);
  });

  it('keeps an input made inside the taped function alive for backprop (optimizer.minimize)', () => {
    const { x, k, b, w } = inputs(51);
    const kv = tf.variable(k);
    const opt = tf.train.sgd(0.1);
    opt.minimize(() => tf.sum(tf.mul(dense(tf.mul(x, 2), kv, b), w)), false, [kv]);
    const want = tf.sub(k, tf.mul(0.1, tf.matMul(tf.transpose(tf.mul(x, 2)), w)));
    expectClose(kv.dataSync(), want.dataSync(), { atol: 1e-5, rtol: 1e-5 });
  });

  it('leaks no tensors through a gradient step', () => {
    const { x, k, b, w } = inputs(41);
    const before = tf.memory().numTensors;
    const g = tf.grads((kk: tf.Tensor, bb: tf.Tensor) => tf.sum(tf.mul(dense(x, kk as tf.Tensor2D, bb as tf.Tensor1D), w)))([k, b]);
    tf.dispose(g);
    expect(tf.memory().numTensors).toBe(before);
  });
});
