import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAae } from './create-aae.js';
import { createAutoencoder } from './create-autoencoder.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('createAae', () => {
  it('builds the paper-shaped networks by default, scaled down here', () => {
    const aae = createAae({ inputDims: 20, classes: 4, codeSize: 3, hidden: [16, 8], discriminatorHidden: [12] });
    expect(aae.encoder.variables.map((v) => v.shape)).toEqual([[20, 16], [16], [16, 8], [8], [8, 3], [3]]);
    expect(aae.decoder.variables.map((v) => v.shape)).toEqual([[3, 8], [8], [8, 16], [16], [16, 20], [20]]);
    expect(aae.discriminator.variables[0]?.shape).toEqual([7, 12]);
    expect(aae.options.dropout).toBe(0.5);
    const before = tf.memory().numTensors;
    const code = tf.tidy(() => aae.encoder.apply(tf.ones([5, 20]), 7).arraySync());
    expect(code).toHaveLength(5);
    expect(tf.memory().numTensors).toBe(before);
    aae.dispose();
  });

  it('is reproducible from the seed and drops the label input when unconditioned', () => {
    const a = createAae({ inputDims: 6, classes: 2, hidden: [4], seed: 3 });
    const b = createAae({ inputDims: 6, classes: 2, hidden: [4], seed: 3, conditionDiscriminator: false });
    expect(a.encoder.variables[0]?.dataSync()).toEqual(b.encoder.variables[0]?.dataSync());
    expect(b.discriminator.variables[0]?.shape[0]).toBe(2);
    const withDropout = tf.tidy(() => [a.encoder.apply(tf.ones([1, 6]), 1), a.encoder.apply(tf.ones([1, 6]), 1)].map((t) => t.dataSync()));
    expect(withDropout[0]).toEqual(withDropout[1]);
    a.dispose();
    b.dispose();
  });

  it('rejects bad options and builds the plain autoencoder', () => {
    expect(() => createAae({ inputDims: 6, classes: 2, dropout: 1 })).toThrow(/dropout/);
    expect(() => createAae({ inputDims: 6, classes: 2, activation: 'swish' as never })).toThrow(/activation/);
    const ae = createAutoencoder({ inputDims: 6, codeSize: 2, hidden: [5] });
    expect(ae.decoder.variables.at(-2)?.shape).toEqual([5, 6]);
    ae.dispose();
  });
});
