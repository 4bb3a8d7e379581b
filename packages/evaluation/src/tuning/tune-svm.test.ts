import { createRng, groupKFold, normalizeFold } from '@emocode/core';
import { describe, expect, it } from 'vitest';
import { unweightedAverageRecall } from '../metrics/unweighted-average-recall.js';
import { predictSvm } from '../svm/predict-svm.js';
import { trainSvm } from '../svm/train-svm.js';
import { tuneSvm } from './tune-svm.js';

// 6 speakers x 3 classes x 5 items, 2-D: class centres on a triangle of side ~3, speaker offsets.
const rng = createRng(11);
const centres = [
  [0, 0],
  [3, 0],
  [1.5, 2.6],
] as const;
const groups: string[] = [];
const labels: number[] = [];
const values: number[] = [];
for (let s = 0; s < 6; s++) {
  const offset = [rng.normal() * 0.3, rng.normal() * 0.3];
  for (let c = 0; c < 3; c++) {
    for (let i = 0; i < 5; i++) {
      groups.push(`spk${s}`);
      labels.push(c * 10); // labels 0, 10, 20: tuneSvm must not assume 0..k-1
      values.push(centres[c]![0] + offset[0]! + rng.normal() * 0.8, centres[c]![1] + offset[1]! + rng.normal() * 0.8);
    }
  }
}
const x = Float32Array.from(values);
const y = Int32Array.from(labels);

describe('tuneSvm', () => {
  const grid = { C: [0.1, 10], gamma: ['scale' as const, 50] };
  const result = tuneSvm(x, 2, y, groups, grid, 3, 5);

  it('scores every grid point on every inner fold, C-major', () => {
    expect(result.scores.map((s) => [s.C, s.gamma])).toEqual([
      [0.1, 'scale'],
      [0.1, 50],
      [10, 'scale'],
      [10, 50],
    ]);
    for (const s of result.scores) expect(s.foldUar).toHaveLength(3);
  });

  it('picks the grid point with the best mean UAR; an absurdly narrow RBF loses', () => {
    const top = Math.max(...result.scores.map((s) => s.meanUar));
    expect(result.scores.find((s) => s.C === result.best.C && s.gamma === result.best.gamma)!.meanUar).toBe(top);
    expect(result.best.gamma).toBe('scale');
    expect(result.scores[3]!.meanUar).toBeLessThan(result.scores[2]!.meanUar);
    expect(top).toBeGreaterThan(0.8);
  });

  it('equals the UAR of an explicit inner loop with train-only normalization', () => {
    const classIndex = Int32Array.from(y, (v) => v / 10);
    const manual = groupKFold(groups, 3, 5).map((fold) => {
      const { train, test } = normalizeFold(x, 2, fold, 'global');
      const model = trainSvm(
        train,
        2,
        Int32Array.from(fold.train, (r) => classIndex[r]!),
        { C: 10, gamma: 'scale' },
      );
      return unweightedAverageRecall(
        Int32Array.from(fold.test, (r) => classIndex[r]!),
        predictSvm(model, test),
        3,
      );
    });
    expect(result.scores[2]!.foldUar).toEqual(manual);
  });

  it('rejects an empty grid and mismatched groups', () => {
    expect(() => tuneSvm(x, 2, y, groups, { C: [], gamma: ['scale'] }, 3, 5)).toThrow(/tuneSvm: invalid options: C/);
    expect(() => tuneSvm(x, 2, y, groups.slice(1), grid, 3, 5)).toThrow(/same 90 rows/);
  });
});
