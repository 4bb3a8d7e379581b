import { applyStandardizer, fitStandardizer } from '@emocode/core';
import { predictSvm, trainSvm } from '@emocode/evaluation';
import { IS10_FEATURE_NAMES } from '@emocode/features';
import { trainAae } from '@emocode/training';
import { describe, expect, it } from 'vitest';
import { createEmotionModel } from './emotion-model.js';
import { tinyTraining } from './testing/ravdess-rows.js';
import { syntheticRows, tinyBundle, voicedSignal } from './testing/tiny-bundle.js';
import { trainBundle } from './train/index.js';

const dims = IS10_FEATURE_NAMES.length;

describe('createEmotionModel', () => {
  it('encodes like the trained tfjs encoder and predicts with calibrated probabilities', async () => {
    const rows = syntheticRows();
    const n = rows.labels.length;
    const x = applyStandardizer(fitStandardizer(rows.features, dims, [...Array(n).keys()]), rows.features, dims);
    const training = { ...tinyTraining, epochs: 2, classes: 3, seed: 0 };
    const aae = await trainAae(x, dims, rows.labels, training);
    try {
      const bundle = await trainBundle(
        rows,
        { training: tinyTraining, normalization: 'global', cvFolds: 2, classifier: 'svm-code' },
        {},
        aae,
      );
      const model = createEmotionModel(bundle);
      const predictions = model.predictFeatures(rows.features, n);
      const expected = aae.encode(x, n);
      predictions.forEach((p, i) => {
        expect(p.code[0]).toBeCloseTo(expected[2 * i]!, 4);
        expect(p.code[1]).toBeCloseTo(expected[2 * i + 1]!, 4);
        expect(p.normalization).toBe('training-statistics');
        expect(Object.values(p.probabilities).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      });
      // The experiments' classifier on the same codes: an SVM trained on the tfjs codes.
      const pipeline = predictSvm(trainSvm(expected, 2, rows.labels), expected);
      expect(predictions.map((p) => p.label)).toEqual([...pipeline].map((c) => rows.classes[c]));
      // The same network on another engine: tfjs' own encoder in place of the built-in one.
      const onTfjs = model.predictFeatures(rows.features, n, undefined, { encode: (normalized, r) => aae.encode(normalized, r) });
      onTfjs.flatMap((p) => p.code).forEach((v, k) => expect(v).toBeCloseTo(expected[k]!, 4));
      expect(onTfjs.map((p) => p.label)).toEqual([...pipeline].map((c) => rows.classes[c]));
      expect(model.encoder.layers.map((l) => [l.inputs, l.out])).toEqual([
        [dims, 32],
        [32, 32],
        [32, 2],
      ]);
      expect(() => model.predictFeatures(rows.features, n, undefined, { encode: () => new Float32Array(3) })).toThrow(
        /encode must return rows x codeSize/,
      );
      expect(bundle.manifest.selection.crossValidatedUar['svm-code']?.['per-speaker']).toBeNull();
    } finally {
      aae.dispose();
    }
  });

  it('predicts raw samples (IS10 in-process) and uses per-speaker statistics only for speakers with enough rows', async () => {
    const model = createEmotionModel(await tinyBundle({ classifier: 'head', minSpeakerFiles: 5 }));
    const one = model.predict(voicedSignal(1), 16000);
    expect(model.classes).toContain(one.label);
    expect(one.code).toHaveLength(2);
    expect(Object.values(one.probabilities).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    const rows = syntheticRows(7);
    const speakers = rows.speakers.map((s, i) => (s === 'spk0' ? s : s === 'spk1' && i % 15 < 4 ? s : undefined));
    const modes = model.predictFeatures(rows.features, rows.labels.length, speakers).map((p) => p.normalization);
    expect(modes.filter((m) => m === 'per-speaker')).toHaveLength(15);
    expect(modes.slice(0, 15).every((m) => m === 'per-speaker')).toBe(true);
  });
});
