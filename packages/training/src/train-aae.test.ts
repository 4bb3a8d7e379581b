import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { nearestMeanAccuracy, testBlobs } from './test-blobs.js';
import { balancedClassWeights, trainAae } from './train-aae.js';
import type { TrainAaeOptions } from './train-options.js';
import { epochBudget } from './training-loop.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const tiny: TrainAaeOptions = {
  model: { codeSize: 2, hidden: [32], discriminatorHidden: [32], dropout: 0.1, discriminatorDropout: 0 },
  // Tiny nets and few steps: a close prior and fast adversarial rates so 100 steps suffice.
  prior: { kind: 'class-gaussian-mixture', radius: 2, componentSd: 0.5 },
  learningRates: { reconstruction: 3e-3, discriminator: 3e-3, generator: 1e-2 },
  batchSize: 25,
  epochs: 25,
  seed: 7,
};

describe('trainAae', () => {
  it('clusters codes by class around the prior means', async () => {
    const { data, labels, rows } = testBlobs(50, 20, 4, 1);
    const logs: number[] = [];
    const aae = await trainAae(data, 20, labels, tiny, { onEpoch: (e) => logs.push(e.reconstruction) });
    const codes = aae.encode(data, rows);
    expect(nearestMeanAccuracy(codes, aae.prior.means, labels, 2)).toBeGreaterThan(0.9);
    expect(logs).toHaveLength(25);
    expect(aae.history.map((e) => e.epoch)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(logs.at(-1)).toBeLessThan(logs[0] as number);
    expect(aae.history.at(-1)?.discriminator).toBeGreaterThan(0);
    expect(aae.decode(codes, rows)).toHaveLength(rows * 20);
    aae.dispose();
  });

  it('is reproducible: the same seed gives identical codes, another seed does not', async () => {
    const { data, labels, rows } = testBlobs(10, 8, 2, 2);
    const options = { ...tiny, epochs: 3 };
    const runs = [];
    for (const seed of [3, 3, 4]) {
      const aae = await trainAae(data, 8, labels, { ...options, seed });
      runs.push(aae.encode(data, rows));
      aae.dispose();
    }
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).not.toEqual(runs[0]);
  });

  it('does not leak tensors across epochs or after dispose', async () => {
    const { data, labels } = testBlobs(10, 8, 2, 3);
    const start = tf.memory().numTensors;
    const counts: number[] = [];
    const aae = await trainAae(
      data,
      8,
      labels,
      {
        ...tiny,
        epochs: 4,
        validationRows: [0, 1, 2],
        supervisedWeight: 1,
        inputNoiseSd: 0.1,
        weightDecay: 1e-4,
        discriminatorSteps: 2,
        model: { ...tiny.model, inputDropout: 0.2 },
      },
      { onEpoch: () => counts.push(tf.memory().numTensors) },
    );
    expect(new Set(counts.slice(1)).size).toBe(1);
    aae.dispose();
    expect(tf.memory().numTensors).toBe(start);
  });

  it('stops early on validation reconstruction and keeps the supervised/noise extras off by default', async () => {
    const { data, labels, rows } = testBlobs(20, 8, 2, 4);
    const validationRows = Array.from({ length: 10 }, (_, i) => rows - 1 - i);
    // A huge learning rate makes validation loss stop improving quickly.
    const aae = await trainAae(data, 8, labels, {
      ...tiny,
      epochs: 60,
      validationRows,
      learningRates: { reconstruction: 0.5 },
      earlyStopping: { patience: 2 },
    });
    expect(aae.history.length).toBeLessThan(60);
    expect(Number.isFinite(aae.history[0]?.validationReconstruction)).toBe(true);
    expect(Number.isNaN(aae.history[0]?.supervised)).toBe(true);
    aae.dispose();
  });

  it('trains the semi-supervised prior with unlabelled rows and an unconditioned discriminator', async () => {
    const { data, labels } = testBlobs(10, 8, 2, 5);
    labels[0] = -1;
    await expect(trainAae(data, 8, labels, { ...tiny, epochs: 1 })).rejects.toThrow(/semiSupervised/);
    const aae = await trainAae(data, 8, labels, {
      ...tiny,
      epochs: 1,
      classes: 2,
      prior: { kind: 'class-gaussian-mixture', semiSupervised: true },
      model: { ...tiny.model, conditionDiscriminator: false },
    });
    // The adversarial phases ran (finite, positive losses) with the unlabelled row in the batch.
    expect(aae.history).toHaveLength(1);
    expect(aae.history[0]?.discriminator).toBeGreaterThan(0);
    expect(aae.history[0]?.generator).toBeGreaterThan(0);
    aae.dispose();
  });

  it('skips the adversarial phases with adversarialWeight 0 and reports the supervised loss', async () => {
    const { data, labels } = testBlobs(10, 8, 2, 7);
    const aae = await trainAae(data, 8, labels, { ...tiny, epochs: 2, adversarialWeight: 0, supervisedWeight: 1 });
    expect(Number.isNaN(aae.history[1]?.discriminator)).toBe(true);
    expect(aae.history[1]?.supervised).toBeGreaterThan(0);
    expect(aae.history[1]?.reconstruction).toBeGreaterThan(0);
    aae.dispose();
  });

  it('adds the generator loss to phase 1 with jointGenerator, without leaking', async () => {
    const { data, labels } = testBlobs(10, 8, 2, 8);
    const counts: number[] = [];
    const aae = await trainAae(
      data,
      8,
      labels,
      { ...tiny, epochs: 3, jointGenerator: true, adversarialWeight: 0.1, supervisedWeight: 1 },
      { onEpoch: () => counts.push(tf.memory().numTensors) },
    );
    const last = aae.history.at(-1);
    expect(last?.generator).toBeGreaterThan(0);
    expect(last?.discriminator).toBeGreaterThan(0);
    expect(last?.supervised).toBeGreaterThan(0);
    expect(new Set(counts.slice(1)).size).toBe(1);
    // The same training without jointGenerator takes other steps: the flag is not ignored.
    const separate = await trainAae(data, 8, labels, {
      ...tiny,
      epochs: 3,
      jointGenerator: false,
      adversarialWeight: 0.1,
      supervisedWeight: 1,
    });
    expect(separate.history.at(-1)?.reconstruction).not.toBe(last?.reconstruction);
    separate.dispose();
    aae.dispose();
  });

  it('weighs the head by class with balanceClasses, which changes training only where classes are unequal', async () => {
    expect(Array.from(balancedClassWeights(Int32Array.from([0, 0, 0, 1, -1]), [0, 1, 2, 3, 4], 3))).toEqual([
      Math.fround(4 / 9),
      Math.fround(4 / 3),
      0,
    ]);
    const { data, labels } = testBlobs(10, 8, 2, 9);
    const uneven = Int32Array.from(labels, (l, r) => (r < 16 ? 0 : l));
    const train = async (l: Int32Array, balanceClasses: boolean) => {
      const aae = await trainAae(data, 8, l, { ...tiny, epochs: 2, supervisedWeight: 1, balanceClasses });
      const codes = aae.encode(data, l.length);
      aae.dispose();
      return codes;
    };
    expect(await train(labels, true)).toEqual(await train(labels, false));
    expect(await train(uneven, true)).not.toEqual(await train(uneven, false));
  });

  it('caps the epochs with maxSteps at ceil(maxSteps / batches per epoch)', async () => {
    const { data, labels } = testBlobs(25, 8, 2, 10);
    // 50 rows in batches of 25: 2 steps an epoch, so 5 steps end after epoch 3.
    const plans: { epochs: number; firstEpoch: number }[] = [];
    const aae = await trainAae(data, 8, labels, { ...tiny, epochs: 10, maxSteps: 5 }, { onStart: (plan) => plans.push(plan) });
    expect(aae.history).toHaveLength(3);
    expect(plans).toEqual([{ epochs: 3, firstEpoch: 1 }]);
    aae.dispose();
    expect(epochBudget(10, undefined, 50, 25)).toBe(10);
    expect(epochBudget(10, 1, 50, 25)).toBe(1);
    expect(epochBudget(2, 100, 50, 25)).toBe(2);
  });

  it('rejects wrong dims, NaN input, labels out of range and bad options', async () => {
    const { data, labels } = testBlobs(5, 8, 2, 6);
    await expect(trainAae(data, 7, labels, tiny)).rejects.toThrow(/multiple of dims/);
    await expect(trainAae(data, 8, labels.subarray(1), tiny)).rejects.toThrow(/one entry per row/);
    await expect(
      trainAae(
        data,
        8,
        Int32Array.from(labels, (l) => l * 5),
        { ...tiny, classes: 2 },
      ),
    ).rejects.toThrow(/labels must be in 0..1, got 5/);
    await expect(trainAae(data, 8, labels, { ...tiny, batchSize: 0 })).rejects.toThrow(/batchSize/);
    await expect(trainAae(data, 8, labels, { ...tiny, trainRows: [0, 1, 2], validationRows: [2, 3] })).rejects.toThrow(/row 2 in both/);
    const bad = data.slice();
    bad[17] = Number.NaN;
    await expect(trainAae(bad, 8, labels, tiny)).rejects.toThrow(/finite/);
  });
});
