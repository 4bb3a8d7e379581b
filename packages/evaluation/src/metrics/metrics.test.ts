import { describe, expect, it } from 'vitest';
import { confusionMatrix } from './confusion-matrix.js';
import { summarize } from './summarize.js';
import { unweightedAverageRecall } from './unweighted-average-recall.js';
import { weightedAccuracy } from './weighted-accuracy.js';

// 3 classes of 4, 2 and 1 items; recalls 3/4, 1/2, 1/1.
const truth = Int32Array.of(0, 0, 0, 0, 1, 1, 2);
const pred = Int32Array.of(0, 0, 0, 1, 1, 2, 2);

describe('label metrics', () => {
  it('confusionMatrix counts (true, predicted) row-major', () => {
    expect([...confusionMatrix(truth, pred, 3)]).toEqual([3, 1, 0, 0, 1, 1, 0, 0, 1]);
  });

  it('UAR averages recalls per class; WA counts items', () => {
    expect(unweightedAverageRecall(truth, pred, 3)).toBeCloseTo((0.75 + 0.5 + 1) / 3, 15);
    expect(weightedAccuracy(truth, pred, 3)).toBeCloseTo(5 / 7, 15);
  });

  it('UAR leaves out classes absent from truth', () => {
    expect(unweightedAverageRecall(Int32Array.of(0, 0, 1), Int32Array.of(0, 2, 1), 3)).toBeCloseTo(0.75, 15);
  });

  it('rejects mismatched lengths and out-of-range labels', () => {
    expect(() => weightedAccuracy(truth, pred.subarray(1), 3)).toThrow(/same length, got 7 and 6/);
    expect(() => unweightedAverageRecall(truth, pred, 2)).toThrow(/0\.\.1, got 2 at index 6/);
  });
});

describe('summarize', () => {
  it('gives the mean and the sample sd (n − 1)', () => {
    const s = summarize([0.61, 0.58, 0.66, 0.7, 0.55, 0.63]);
    expect(s.mean).toBeCloseTo(0.6216666666666666, 14);
    expect(s.sd).toBeCloseTo(0.05419102016632152, 14); // numpy std(ddof=1)
    expect(summarize([0.5]).sd).toBeNaN();
    expect(() => summarize([])).toThrow(/at least one/);
  });
});
