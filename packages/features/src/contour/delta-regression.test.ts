import { describe, expect, it } from 'vitest';
import { deltaInSegments, deltaRegression } from './delta-regression.js';

describe('deltaRegression (§6.3)', () => {
  it('gives slope 1 in the interior of a ramp and attenuated edges', () => {
    const d = deltaRegression(Float32Array.of(0, 1, 2, 3, 4, 5, 6));
    expect(Array.from(d)).toEqual([0.5, 0.800000011920929, 1, 1, 1, 0.800000011920929, 0.5]);
  });
  it('is 0 on a constant and handles a single row', () => {
    expect(Array.from(deltaRegression(Float32Array.of(7, 7, 7)))).toEqual([0, 0, 0]);
    expect(Array.from(deltaRegression(Float32Array.of(7)))).toEqual([0]);
  });
});

describe('deltaInSegments (§6.3, QUIRK D1)', () => {
  it('uses only pairs of non-zero neighbours and a cumulative shared normaliser', () => {
    const a = Float32Array.of(1, 2, 3, 4, 5);
    const zeros = new Float32Array(5);
    const [da, dz] = deltaInSegments([a, zeros]);
    // frame 0: pairs (1→2: 1·(2−1)), (2: 2·(3−1)) → num 5, norm 10+1+4 = 15
    expect(da[0]).toBe(Math.fround(5 / 15));
    // frame 1: num 1·(3−1) + 2·(4−1) = 8, norm 15 + 5 = 20
    expect(da[1]).toBe(Math.fround(8 / 20));
    expect(Array.from(dz)).toEqual([0, 0, 0, 0, 0]);
  });
  it('skips a pair when one neighbour is zero (the centre may be zero)', () => {
    const [d] = deltaInSegments([Float32Array.of(2, 0, 0, 0, 6)]);
    // frame 2: pair i=1 (0, 0) skipped; pair i=2 (2, 6): num 2·4 = 8; norm so far: frame 0 pair i=2?
    // frame 0: y[-2]=2,y[2]=0 → skip; y[-1]=2,y[1]=0 → skip. frame 1: i=1 (2,0) skip, i=2 (2,0) skip.
    expect(d[2]).toBe(Math.fround(8 / 14));
  });
});
