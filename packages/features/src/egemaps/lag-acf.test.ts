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

/** One lag's cosine sum, its bins added in order: the value every lag must have bit for bit. */
function oneCosineSum(at: number, k: number): number {
  const size = 2 * (n - 1);
  const p = (b: number) => Math.fround(mags[at + b] * mags[at + b]);
  let s = 0;
  for (let b = 1; b < n - 1; b++) s += p(b) * Math.cos((2 * Math.PI * ((b * k) % size)) / size);
  return Math.fround(Math.abs((p(0) + (k % 2 === 0 ? p(n - 1) : -p(n - 1)) + 2 * s) / 2) / n);
}

describe('createLagAcf (EGEMAPS_SPEC F9.1)', () => {
  it('sums each lag in bin order, whichever lags were asked for first', () => {
    const acf = createLagAcf(n);
    // the second order is the HNR's: the lags around the period first, lag 0 (summed beside them) last
    for (const order of [
      [0, 300, 299, 302, 512, 510, 1],
      [300, 299, 301, 0, 1],
    ]) {
      acf.reset(mags, 0);
      for (const k of order) expect(acf.at(k)).toBe(oneCosineSum(0, k));
    }
  });

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
