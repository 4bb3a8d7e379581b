import { describe, expect, it } from 'vitest';
import { preEmphasizeFrame } from './pre-emphasis.js';

describe('preEmphasizeFrame', () => {
  it('scales the first sample by 1 − k and differences the rest', () => {
    const x = Float64Array.of(1, 2, 4, 4);
    preEmphasizeFrame(x, 0.5);
    expect(Array.from(x)).toEqual([0.5, 1.5, 3, 2]);
  });

  it('maps a constant frame to (1−k)·c everywhere with k = 0.97', () => {
    const x = new Float64Array(400).fill(2);
    preEmphasizeFrame(x, 0.97);
    for (const v of x) expect(v).toBeCloseTo(0.06, 12);
  });
});
