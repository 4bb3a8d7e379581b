import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryCheckpointStore } from './checkpoint-store.js';
import { restoreTrainedCodec } from './restore-trained-codec.js';
import { testBlobs } from './test-blobs.js';
import { trainAae } from './train-aae.js';
import type { TrainAaeOptions } from './train-options.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const options: TrainAaeOptions = {
  model: { codeSize: 2, hidden: [16], discriminatorHidden: [16] },
  batchSize: 10,
  epochs: 4,
  seed: 11,
  validationRows: [0, 1, 2, 3],
};

describe('checkpoints', () => {
  it('an interrupted run resumes from its last checkpoint and ends where an uninterrupted run ends', async () => {
    const { data, labels, rows } = testBlobs(10, 8, 2, 1);
    const straight = await trainAae(data, 8, labels, options);
    const store = memoryCheckpointStore();
    // "Interrupted" after 2 epochs: the same run with a shorter budget, checkpointing each epoch.
    const first = await trainAae(data, 8, labels, { ...options, epochs: 2, checkpoint: { store } });
    first.dispose();
    expect(store.saves).toBe(2);
    const epochsRun: number[] = [];
    const resumed = await trainAae(data, 8, labels, { ...options, checkpoint: { store } }, { onEpoch: (e) => epochsRun.push(e.epoch) });
    expect(epochsRun).toEqual([3, 4]);
    expect(resumed.history.map((e) => e.epoch)).toEqual([1, 2, 3, 4]);
    const a = straight.encode(data, rows);
    const b = resumed.encode(data, rows);
    // Adam's bias-correction powers are recomputed on restore (pow, not a running product),
    // so agreement is to float32 round-off rather than bit-exact.
    a.forEach((v, i) => expect(b[i]).toBeCloseTo(v, 4));
    expect(resumed.history[3]?.reconstruction).toBeCloseTo(straight.history[3]?.reconstruction as number, 4);
    straight.dispose();
    resumed.dispose();
  });

  it('refuses a checkpoint from other model options', async () => {
    const { data, labels } = testBlobs(5, 8, 2, 2);
    const store = memoryCheckpointStore();
    (await trainAae(data, 8, labels, { ...options, epochs: 1, checkpoint: { store } })).dispose();
    await expect(
      trainAae(data, 8, labels, { ...options, model: { ...options.model, codeSize: 3 }, checkpoint: { store } }),
    ).rejects.toThrow(/same model options/);
  });

  it('round-trips a trained model through its artifacts', async () => {
    const { data, labels, rows } = testBlobs(5, 8, 2, 3);
    const trained = await trainAae(data, 8, labels, { ...options, epochs: 1, supervisedWeight: 0.5 });
    const restored = restoreTrainedCodec(await trained.toArtifacts());
    expect(restored.kind).toBe('aae');
    expect(restored.encode(data, rows)).toEqual(trained.encode(data, rows));
    expect(restored.history).toEqual(trained.history);
    const before = tf.memory().numTensors;
    restored.dispose();
    trained.dispose();
    expect(tf.memory().numTensors).toBeLessThan(before);
  });
});
