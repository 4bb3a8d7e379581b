import { describe, expect, it } from 'vitest';
import { createRealFft } from '../spectral/fft.js';
import { createLagAcf } from './lag-acf.js';

const n = 513;
const mags = Float32Array.from({ length: 2 * n }, (_, b) => Math.abs(Math.sin(0.37 * b) * Math.exp(-b / 300)) + 1e-3);

/** F9.1's ACF through the full transform, as written before the lags were computed one by one. */
function byTransform(at: number): Float64Array {
  const size = 2 * (n - 1);
  const even = new Float64Array(size);
  for (let b = 0; b < n; b++) {
    const p = Math.fround(mags[at + b] * mags[at + b]);
    even[b] = p;
    if (b > 0 && b < n - 1) even[size - b] = p;
  }
  const re = new Float64Array(n);
  createRealFft(size)(even, re, new Float64Array(n));
  return re.map((v) => Math.fround(Math.abs(v / 2) / n));
}

describe('createLagAcf (EGEMAPS_SPEC F9.1)', () => {
  it('gives the transform’s float32 lags, one cosine sum per lag asked for', () => {
    const acf = createLagAcf(n);
    const want = byTransform(n);
    acf.reset(mags, n);
    for (const k of [0, 1, 2, 160, 161, 159, 512]) expect(acf.at(k)).toBe(want[k]);
  });

  it('switches to the transform for the rest once a search asks for many lags, and starts afresh per frame', () => {
    const acf = createLagAcf(n);
    for (const at of [0, n]) {
      const want = byTransform(at);
      acf.reset(mags, at);
      for (let k = 0; k < n; k++) expect(acf.at(k)).toBe(want[k]);
    }
  });
});
