import { expectClose } from '@emocode/core/testing';
import { selectBackend } from '@emocode/model';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createAdam, FusedAdam } from './fused-adam.js';

const moments = { beta1: 0.9, beta2: 0.999, epsilon: 1e-8 };

/** Two variables (sizes 30 and 3: the SIMD bulk and the scalar tail) and a loss with a new gradient every step. */
function problem(seed: number) {
  const a = tf.variable(tf.randomNormal([6, 5], 0, 1, 'float32', seed));
  const b = tf.variable(tf.randomNormal([3, 1], 0, 1, 'float32', seed + 1));
  const target = tf.randomNormal([6, 5], 0, 1, 'float32', seed + 2);
  const loss = (): tf.Scalar => tf.add(tf.sum(tf.square(tf.sub(tf.mul(a, a), target))), tf.sum(tf.pow(b, 4))) as tf.Scalar;
  return { vars: [a, b], loss };
}

function train(optimizer: tf.Optimizer, steps: number, seed: number): Float32Array[] {
  const { vars, loss } = problem(seed);
  for (let s = 0; s < steps; s++) tf.dispose(optimizer.minimize(loss, true, vars) ?? []);
  return vars.map((v) => v.dataSync() as Float32Array);
}

describe.each(['cpu', 'wasm'])('FusedAdam on %s', (backend) => {
  beforeAll(async () => {
    // The package's tests default to cpu; wasm (the default backend here) must be registered too.
    vi.stubEnv('EMOCODE_BACKEND', '');
    await selectBackend({ backend: 'wasm', threads: 1 });
    await tf.setBackend(backend);
  });

  it('takes the same steps as tf.train.adam', () => {
    const want = train(tf.train.adam(0.05, moments.beta1, moments.beta2, moments.epsilon), 5, 3);
    const got = train(new FusedAdam(0.05, moments), 5, 3);
    const start = problem(3).vars.map((v) => v.dataSync());
    for (let i = 0; i < 2; i++) {
      expectClose(got[i]!, want[i]!, { atol: 1e-5, rtol: 1e-5 });
      expect(Math.max(...got[i]!.map((x, j) => Math.abs(x - start[i]![j]!)))).toBeGreaterThan(0.1);
    }
  });

  it('resumes from tf.train.adam state and continues exactly as tf.train.adam would', async () => {
    const { vars, loss } = problem(7);
    const reference = tf.train.adam(0.05, moments.beta1, moments.beta2, moments.epsilon);
    for (let s = 0; s < 3; s++) tf.dispose(reference.minimize(loss, true, vars) ?? []);
    const start = vars.map((v) => tf.clone(v));
    const resumed = new FusedAdam(0.05, moments);
    await resumed.setWeights((await reference.getWeights()).map((w) => ({ name: w.name, tensor: tf.clone(w.tensor) })));
    expect(resumed.iterations).toBe(3);
    tf.dispose(reference.minimize(loss, true, vars) ?? []);
    const want = vars.map((v) => v.dataSync().slice());
    vars.forEach((v, i) => v.assign(start[i]!));
    tf.dispose(resumed.minimize(loss, true, vars) ?? []);
    for (let i = 0; i < 2; i++) expectClose(vars[i]!.dataSync(), want[i]!, { atol: 1e-5, rtol: 1e-5 });
  });

  it('is what createAdam returns, and leaks no tensors after its first step', () => {
    const optimizer = createAdam(0.01, moments);
    expect(tf.getBackend()).toBe(backend);
    expect(optimizer).toBeInstanceOf(FusedAdam);
    const { vars, loss } = problem(11);
    tf.dispose(optimizer.minimize(loss, true, vars) ?? []);
    const before = tf.memory().numTensors;
    tf.dispose(optimizer.minimize(loss, true, vars) ?? []);
    expect(tf.memory().numTensors).toBe(before);
  });
});
