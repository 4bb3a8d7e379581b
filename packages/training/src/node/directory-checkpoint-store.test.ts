import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBlobs } from '../test-blobs.js';
import { trainAae } from '../train-aae.js';
import { trainAutoencoder } from '../train-autoencoder.js';
import { directoryCheckpointStore } from './directory-checkpoint-store.js';
import { loadTrainedCodec } from './load-trained-codec.js';

let dir = '';
beforeAll(async () => {
  await tf.setBackend('cpu');
  dir = await mkdtemp(join(tmpdir(), 'emocode-training-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('directoryCheckpointStore / save / loadTrainedCodec', () => {
  it('keeps one weights file per checkpoint directory, a manifest and the loss curve', async () => {
    const { data, labels } = testBlobs(5, 6, 2, 1);
    const ckpt = join(dir, 'ckpt');
    const aae = await trainAae(data, 6, labels, {
      model: { hidden: [8], discriminatorHidden: [8] },
      epochs: 3,
      batchSize: 5,
      checkpoint: { store: directoryCheckpointStore(ckpt) },
    });
    expect((await readdir(ckpt)).sort()).toEqual(['loss-curve.csv', 'model.json', 'weights-epoch-000003.bin']);
    const csv = (await readFile(join(ckpt, 'loss-curve.csv'), 'utf8')).trim().split('\n');
    expect(csv[0]).toBe('epoch,rec,disc,gen,val_rec');
    expect(csv).toHaveLength(4);
    expect(csv[3]?.startsWith('3,')).toBe(true);
    aae.dispose();
  });

  it('saves a trained AAE and autoencoder to a directory and loads them back', async () => {
    const { data, labels, rows } = testBlobs(5, 6, 2, 2);
    const aae = await trainAae(data, 6, labels, { model: { hidden: [8], discriminatorHidden: [8] }, epochs: 1, batchSize: 5 });
    await aae.save(join(dir, 'aae'));
    expect((await readdir(join(dir, 'aae'))).sort()).toEqual(['model.json', 'weights.bin']);
    const loaded = await loadTrainedCodec(join(dir, 'aae'));
    expect(loaded.encode(data, rows)).toEqual(aae.encode(data, rows));
    expect(Number.isNaN(loaded.history[0]?.validationReconstruction)).toBe(true);
    const ae = await trainAutoencoder(data, 6, { model: { hidden: [8], codeSize: 3 }, epochs: 1, batchSize: 5 });
    await ae.save(join(dir, 'ae'));
    const loadedAe = await loadTrainedCodec(join(dir, 'ae'));
    expect(loadedAe.kind).toBe('autoencoder');
    expect(loadedAe.decode(new Float32Array(6), 2)).toEqual(ae.decode(new Float32Array(6), 2));
    for (const m of [aae, loaded, ae, loadedAe]) m.dispose();
    await expect(loadTrainedCodec(join(dir, 'missing'))).rejects.toThrow(/must contain model.json/);
  });
});
