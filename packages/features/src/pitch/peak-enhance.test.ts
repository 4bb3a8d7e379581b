import { describe, expect, it } from 'vitest';
import { enhancePeaks, smoothSpectrum } from './peak-enhance.js';

const run = (values: number[]) => {
  const a = Float64Array.from(values);
  enhancePeaks(a, new Int32Array(a.length));
  return Array.from(a);
};

describe('enhancePeaks (§5.1 step 1)', () => {
  it('zeroes bins p+3..p′−3 between consecutive maxima only', () => {
    //          max at 1                    max at 9
    expect(run([1, 5, 4, 3, 2, 1, 2, 3, 4, 9, 8])).toEqual([1, 5, 4, 3, 0, 0, 0, 3, 4, 9, 8]);
  });
  it('QUIRK S1: a single maximum zeroes every bin from index 3', () => {
    expect(run([1, 2, 3, 9, 5, 4, 3])).toEqual([1, 2, 3, 0, 0, 0, 0]);
  });
  it('counts the edges as maxima and leaves a flat spectrum alone', () => {
    expect(run([9, 1, 1, 1, 1, 1, 1, 1, 9])).toEqual([9, 1, 1, 0, 0, 0, 1, 1, 9]);
    expect(run([0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('smoothSpectrum (§5.1 step 2)', () => {
  it('applies (a[i−1] + 2a[i] + a[i+1])/4 with a[−1] = 0 and copies the last bin', () => {
    const out = new Float64Array(4);
    smoothSpectrum(Float64Array.of(4, 8, 0, 4), out);
    expect(Array.from(out)).toEqual([4, 5, 3, 4]);
  });
});
