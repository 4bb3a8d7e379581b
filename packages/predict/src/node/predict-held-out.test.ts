import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unweightedAverageRecall } from '@emocode/evaluation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmotionModel, type EmotionModel } from '../emotion-model.js';
import { CLASSES, hasRavdess, manifestOf, ravdessRows, tinyTraining } from '../testing/ravdess-rows.js';
import { trainBundle } from '../train/index.js';
import { predictFiles } from './predict-files.js';

// Few actors and a tiny net keep this well under a minute on a loaded 2-core machine.
const heldOut = [23, 24];
const trainActors = [1, 2, 3, 4, 5, 6, 7, 8];

describe.skipIf(!hasRavdess)('a model trained on actors 1-8 predicts the WAV files of actors 23 and 24', () => {
  let dir: string;
  let model: EmotionModel;
  let manifest: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'emocode-predict-'));
    const bundle = await trainBundle(await ravdessRows(trainActors), {
      training: { ...tinyTraining, epochs: 6 },
      cvFolds: 2,
      classifier: 'svm-code',
    });
    model = createEmotionModel(bundle);
    manifest = join(dir, 'held-out.csv');
    await writeFile(manifest, manifestOf(await ravdessRows(heldOut)));
  }, 300_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('well above chance (0.25), normalised per speaker, with probabilities that sum to 1', async () => {
    const { predictions, failures } = await predictFiles(model, [manifest], { jobs: 2, progress: false });
    expect(failures).toEqual([]);
    expect(predictions).toHaveLength(56);
    const truth = Int32Array.from(predictions, (p) => CLASSES.indexOf(p.truth as (typeof CLASSES)[number]));
    const uar = unweightedAverageRecall(
      truth,
      Int32Array.from(predictions, (p) => CLASSES.indexOf(p.label as (typeof CLASSES)[number])),
      4,
    );
    expect(predictions.every((p) => p.normalization === 'per-speaker')).toBe(true);
    expect(uar).toBeGreaterThan(0.5);
    for (const p of predictions) expect(Object.values(p.probabilities).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    console.log(`held-out UAR per-speaker ${uar.toFixed(3)}`);
  }, 300_000);
});
