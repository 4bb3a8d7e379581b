import { describe, expect, it } from 'vitest';
import { regularizedIncompleteBeta } from './incomplete-beta.js';
import { pairedComparison } from './paired-comparison.js';
import { studentTCdf } from './student-t.js';

// Reference values printed by scipy 1.10.1:
//   stats.t.cdf(2.1, 3) = 0.9367173987251578     stats.t.cdf(-0.7, 10) = 0.24994378508644222
//   stats.t.cdf(1.5, 1) = 0.8128329581890013     2 * stats.t.sf(4.0, 40) = 0.0002659123956666979
//   stats.beta.cdf(0.3, 2.5, 0.5) = 0.018927124071945658
//   stats.ttest_rel(A, B) = (3.55745729311604, 0.016258341341108633)
//   stats.binomtest(5, 6).pvalue = 0.21875         stats.binomtest(3, 20).pvalue = 0.0025768280029296875
const A = [0.61, 0.58, 0.66, 0.7, 0.55, 0.63];
const B = [0.57, 0.59, 0.6, 0.64, 0.52, 0.58];

describe('studentTCdf', () => {
  it('matches scipy', () => {
    expect(studentTCdf(2.1, 3)).toBeCloseTo(0.9367173987251578, 12);
    expect(studentTCdf(-0.7, 10)).toBeCloseTo(0.24994378508644222, 12);
    expect(studentTCdf(1.5, 1)).toBeCloseTo(0.8128329581890013, 12);
    expect(2 * (1 - studentTCdf(4.0, 40))).toBeCloseTo(0.0002659123956666979, 12);
    expect(studentTCdf(0, 5)).toBe(0.5);
  });

  it('regularised incomplete beta matches scipy and its symmetry', () => {
    expect(regularizedIncompleteBeta(0.3, 2.5, 0.5)).toBeCloseTo(0.018927124071945658, 13);
    expect(regularizedIncompleteBeta(0.9, 3, 4) + regularizedIncompleteBeta(0.1, 4, 3)).toBeCloseTo(1, 13);
  });
});

describe('pairedComparison', () => {
  it('matches scipy ttest_rel and binomtest', () => {
    const r = pairedComparison(A, B);
    expect(r.meanDiff).toBeCloseTo(0.23 / 6, 12);
    expect(r.tTest.t).toBeCloseTo(3.55745729311604, 10);
    expect(r.tTest.df).toBe(5);
    expect(r.tTest.p).toBeCloseTo(0.016258341341108633, 12);
    expect(r.signTest).toEqual({ wins: 5, losses: 1, ties: 0, p: expect.closeTo(0.21875, 12) });
  });

  it('computes the exact sign test with ties dropped', () => {
    const a = [...new Array<number>(17).fill(1), 0, 0, 0, 5];
    const b = [...new Array<number>(17).fill(0), 1, 1, 1, 5];
    const r = pairedComparison(a, b).signTest;
    expect(r).toEqual({ wins: 17, losses: 3, ties: 1, p: expect.closeTo(0.0025768280029296875, 15) });
  });

  it('gives NaN t for constant differences and p = 1 for all ties', () => {
    const r = pairedComparison([1, 2, 3], [1, 2, 3]);
    expect(r.tTest.t).toBeNaN();
    expect(r.signTest.p).toBe(1);
    expect(() => pairedComparison([1], [1, 2])).toThrow(/one score per fold/);
  });
});
