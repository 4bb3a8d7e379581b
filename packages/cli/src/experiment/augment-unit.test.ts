import { describe, expect, it } from 'vitest';
import { balancingAmounts } from './augment-unit.js';

describe('balancingAmounts', () => {
  it('tops every class up to the largest class, then adds the extra amount to each', () => {
    // RAVDESS 4-class training folds: neutral has half the rows of the others.
    const labels = [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 3, 3, 3, 3];
    expect(balancingAmounts(labels, 4, 0)).toEqual([0, 0, 2, 0]);
    expect(balancingAmounts(labels, 4, 5)).toEqual([5, 5, 7, 5]);
  });

  it('counts a class with no training rows as missing all of them', () => {
    expect(balancingAmounts([0, 0, 1], 3, 1)).toEqual([1, 2, 3]);
  });
});
