import { createRng } from '@emocode/core';
import { resolveGamma, tuneSvm } from '@emocode/evaluation';
import { describe, expect, it } from 'vitest';
import { classifierSpec } from '../spec/classifier-options.js';
import { chooseSvm } from './choose-svm.js';

// 6 speakers x 2 classes x 6 rows, 3 features: class 1 lifts feature 0 by 2, plus noise.
const rng = createRng(3);
const trainGroups: string[] = [];
const labels: number[] = [];
const values: number[] = [];
for (let s = 0; s < 6; s++) {
  for (let c = 0; c < 2; c++) {
    for (let i = 0; i < 6; i++) {
      trainGroups.push(`spk${s}`);
      labels.push(c);
      values.push(2 * c + rng.normal(), rng.normal(), rng.normal());
    }
  }
}
const x = Float32Array.from(values);
const fold = { trainLabels: Int32Array.from(labels), trainGroups, tuneSeed: 4 };

describe('chooseSvm', () => {
  it('returns the fixed options when the spec does not tune', () => {
    expect(chooseSvm(x, 3, fold, classifierSpec.parse({ C: 3 }))).toMatchObject({ kernel: 'rbf', C: 3, gamma: 'scale' });
  });

  it('tunes C and gamma = factor x scale over inner folds of the training speakers, as tuneSvm picks them', () => {
    const grid = { C: [0.01, 1, 100], gammaScale: [0.1, 10], innerFolds: 3 };
    const chosen = chooseSvm(x, 3, fold, classifierSpec.parse({ tune: grid }));
    const scale = resolveGamma('scale', x, 3);
    const { best, scores } = tuneSvm(
      x,
      3,
      fold.trainLabels,
      trainGroups,
      { C: grid.C, gamma: grid.gammaScale.map((f) => f * scale) },
      3,
      4,
      { normalization: 'none' },
    );
    expect([chosen.C, chosen.gamma]).toEqual([best.C, best.gamma]);
    expect(grid.C).toContain(chosen.C);
    expect([0.1 * scale, 10 * scale]).toContain(chosen.gamma);
    // The grid is not flat here (C = 0.01 underfits), so choosing means something.
    expect(new Set(scores.map((s) => s.meanUar)).size).toBeGreaterThan(1);
  });

  it('caps the inner folds at the number of training speakers', () => {
    const two = { ...fold, trainGroups: trainGroups.map((g) => (g < 'spk3' ? 'a' : 'b')) };
    expect(chooseSvm(x, 3, two, classifierSpec.parse({ tune: { innerFolds: 5 } })).C).toBeGreaterThan(0);
  });
});
