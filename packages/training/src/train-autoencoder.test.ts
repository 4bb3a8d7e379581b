import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { lossCurveCsv } from './epoch-log.js';
import { testBlobs } from './test-blobs.js';
import { trainAutoencoder } from './train-autoencoder.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('trainAutoencoder', () => {
  it('learns to reconstruct through a small code, with no adversarial losses', async () => {
    const { data, rows } = testBlobs(20, 10, 4, 1);
    const start = tf.memory().numTensors;
    const ae = await trainAutoencoder(data, 10, {
      model: { codeSize: 3, hidden: [24], dropout: 0 },
      epochs: 30,
      batchSize: 20,
      learningRate: 1e-2,
      validationRows: [0, 1, 2, 3, 4],
    });
    const first = ae.history[0];
    const last = ae.history.at(-1);
    expect(last?.reconstruction).toBeLessThan(0.5 * (first?.reconstruction as number));
    expect(last?.validationReconstruction).toBeLessThan(first?.validationReconstruction as number);
    expect(Number.isNaN(last?.discriminator)).toBe(true);
    expect(ae.encode(data, rows)).toHaveLength(rows * 3);
    expect(() => ae.encode(data, rows + 1)).toThrow(/rows x 10/);
    ae.dispose();
    expect(tf.memory().numTensors).toBe(start);
  });

  it('writes loss curves as CSV with empty cells for absent losses', async () => {
    const { data } = testBlobs(5, 4, 2, 2);
    const ae = await trainAutoencoder(data, 4, { model: { hidden: [4] }, epochs: 2, batchSize: 5 });
    const lines = lossCurveCsv(ae.history).trim().split('\n');
    expect(lines[0]).toBe('epoch,rec,disc,gen,val_rec');
    expect(lines[2]).toMatch(/^2,[0-9.e-]+,,,$/);
    ae.dispose();
  });
});
