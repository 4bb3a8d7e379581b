import { describe, expect, it } from 'vitest';
import { pearson, pearsonPair } from './pearson.js';

function signal(length: number): Float32Array {
  // a deterministic, non-periodic waveform (float32 values as the jitter search sees them)
  return Float32Array.from({ length }, (_, i) => Math.sin(0.37 * i) * 0.5 + Math.sin(0.051 * i * i) * 0.25);
}

describe('pearson', () => {
  it('is 1 for a segment correlated with a scaled copy of itself', () => {
    const x = Float32Array.of(1, 2, 4, 7, 2, 4, 8, 14);
    expect(pearson(x, 0, 4, 4)).toBeCloseTo(1, 12);
  });

  it('is NaN when a segment is constant', () => {
    expect(pearson(Float32Array.of(1, 1, 1, 3, 4, 5), 0, 3, 3)).toBeNaN();
  });
});

describe('pearsonPair', () => {
  it('gives exactly the bits of two pearson calls (lengths len and len + 1)', () => {
    const x = signal(600);
    const out = new Float64Array(4);
    for (const [a, len] of [
      [0, 37],
      [11, 80],
      [5, 181],
    ] as const) {
      let sumU = 0;
      for (let i = 0; i < len; i++) sumU += x[a + i];
      const sumUNext = sumU + x[a + len];
      pearsonPair(x, a, len, sumU, sumUNext, out, 1);
      expect(Object.is(out[1], pearson(x, a, a + len, len))).toBe(true);
      expect(Object.is(out[2], pearson(x, a, a + len + 1, len + 1))).toBe(true);
      expect(out[1]).not.toBe(out[2]);
    }
  });
});
