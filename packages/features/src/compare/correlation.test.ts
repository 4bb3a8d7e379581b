import { describe, expect, it } from 'vitest';
import { averageRanks, pearson, spearman } from './correlation.js';

describe('pearson / spearman', () => {
  it('gives the textbook values', () => {
    expect(pearson([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])).toBeCloseTo(0.8, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBe(-1);
    // Monotone but non-linear: Spearman 1, Pearson below 1.
    const x = [1, 2, 3, 4, 5];
    const y = x.map((v) => Math.exp(v));
    expect(spearman(x, y)).toBeCloseTo(1, 12);
    expect(pearson(x, y)).toBeCloseTo(0.8858, 3);
  });

  it('averages tied ranks', () => {
    expect(Array.from(averageRanks([10, 20, 10, 30]))).toEqual([1.5, 3, 1.5, 4]);
    // x = [1, 2, 2, 3] vs y = [1, 2, 3, 4]: ranks [1, 2.5, 2.5, 4] → rho = 0.9487
    expect(spearman([1, 2, 2, 3], [1, 2, 3, 4])).toBeCloseTo(3 / Math.sqrt(10), 12);
  });

  it('is NaN for a constant sequence', () => {
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNaN();
  });
});
