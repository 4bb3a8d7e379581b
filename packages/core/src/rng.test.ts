import { describe, expect, it } from 'vitest';
import { createRng, shuffled } from './rng.js';

describe('createRng', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createRng(7);
    const b = createRng(7);
    const c = createRng(8);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
  });

  it('draws standard normals with mean 0 and variance 1', () => {
    const rng = createRng(1);
    const n = 20_000;
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < n; i++) {
      const v = rng.normal();
      sum += v;
      sumSq += v * v;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.03);
    expect(Math.abs(sumSq / n - 1)).toBeLessThan(0.05);
  });

  it('shuffles to a permutation', () => {
    const out = shuffled([1, 2, 3, 4, 5, 6], createRng(3));
    expect([...out].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
