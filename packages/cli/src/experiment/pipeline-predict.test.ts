import { normalizeFold, type Fold } from '@emocode/core';
import { createEmotionModel, type ClassifierKind } from '@emocode/predict';
import { hasRavdess, ravdessRows, tinyTraining } from '@emocode/predict/testing';
import { trainBundle } from '@emocode/predict/train';
import { describe, expect, it } from 'vitest';
import { classifierSpec } from '../spec/classifier-options.js';
import { systemSpec } from '../spec/system-options.js';
import { classify, encodeFold } from './compression-unit.js';
import type { FoldData } from './fold-data.js';

const cases: { method: 'aae' | 'raw'; classifier: ClassifierKind; normalization: 'per-speaker' | 'global' }[] = [
  { method: 'aae', classifier: 'svm-code', normalization: 'per-speaker' },
  { method: 'raw', classifier: 'svm-raw', normalization: 'global' },
];

describe.skipIf(!hasRavdess)('a bundle predicts the classes the experiment pipeline predicts for the same rows', () => {
  it.each(cases)(
    '$method with $normalization z-scores ($classifier)',
    async ({ method, classifier, normalization }) => {
      const train = await ravdessRows([1, 2, 3, 4, 5, 6]);
      const test = await ravdessRows([7, 8]);
      const dims = train.featureNames.length;
      const n = train.labels.length;
      const all = new Float32Array([...train.features, ...test.features]);
      const speakers = [...train.speakers, ...test.speakers];
      const fold: Fold = {
        index: 0,
        train: Int32Array.from({ length: n }, (_, i) => i),
        test: Int32Array.from(test.labels, (_, i) => n + i),
        testGroups: ['actor07', 'actor08'],
      };
      const { train: x, test: xTest } = normalizeFold(all, dims, fold, normalization, speakers);
      const f: FoldData = {
        fold: 0,
        seed: 0,
        dims,
        train: x,
        test: xTest,
        trainLabels: train.labels,
        trainGroups: [...train.speakers],
        tuneSeed: 0,
        testLabels: test.labels,
        classes: train.classes,
      };
      const system = systemSpec.parse({ method, label: method, ...(method === 'aae' ? { codeSizes: [2], training: tinyTraining } : {}) });
      if (system.method === 'augment') throw new Error('not a reduction');
      const pipeline = classify(await encodeFold(system, 2, f), f, classifierSpec.parse({})).pred;

      const training = system.method === 'aae' ? { ...system.training, model: { ...system.training.model, codeSize: 2 } } : tinyTraining;
      const bundle = await trainBundle(train, { training, normalization, classifier, cvFolds: 2, seed: 0 });
      const predicted = createEmotionModel(bundle).predictFeatures(test.features, test.labels.length, test.speakers);
      expect(predicted.every((p) => p.normalization === (normalization === 'per-speaker' ? 'per-speaker' : 'training-statistics'))).toBe(
        true,
      );
      expect(predicted.map((p) => train.classes.indexOf(p.label))).toEqual([...pipeline]);
    },
    300_000,
  );
});
