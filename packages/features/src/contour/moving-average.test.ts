import { describe, expect, it } from 'vitest';
import { movingAverage, movingAverageNonZero } from './moving-average.js';

describe('movingAverage (§6.2)', () => {
  it('averages 3 frames with edge replication', () => {
    expect(Array.from(movingAverage(Float32Array.of(0, 3, 6), 3))).toEqual([1, 3, 5]);
  });
  it('replicates the last source frame when more rows are requested (pitch rows)', () => {
    expect(Array.from(movingAverage(Float32Array.of(3, 6), 3))).toEqual([4, 5, 6]);
  });
  it('rounds in float32 in the spec order', () => {
    const x = Float32Array.of(0.1, 0.2, 0.7);
    const f = Math.fround;
    expect(movingAverage(x, 3)[1]).toBe(f(f(f(x[1] + x[0]) + x[2]) / 3));
  });
});

describe('movingAverageNonZero (§6.2)', () => {
  it('keeps zero centres and ignores zero neighbours', () => {
    expect(Array.from(movingAverageNonZero(Float32Array.of(0, 2, 4, 0), 4))).toEqual([0, 3, 3, 0]);
  });
  it('averages only the non-zero neighbours', () => {
    expect(Array.from(movingAverageNonZero(Float32Array.of(3, 6, 0, 9), 5))).toEqual([4, 4.5, 0, 9, 9]);
  });
});
