import { describe, expect, it } from 'vitest';
import { autocorrelation, levinsonDurbin } from './levinson-durbin.js';

describe('autocorrelation + levinsonDurbin (§4.4 step 2)', () => {
  it('recovers the coefficients of an AR(2) process', () => {
    // x[n] = 1.3 x[n−1] − 0.6 x[n−2] + e[n]  ⇒  A(z) = 1 − 1.3 z^−1 + 0.6 z^−2
    const n = 20000;
    const x = new Float64Array(n);
    let s = 42;
    const noise = () => {
      s = (s * 1103515245 + 12345) % 2147483648;
      return s / 1073741824 - 1;
    };
    for (let i = 2; i < n; i++) x[i] = 1.3 * x[i - 1] - 0.6 * x[i - 2] + noise();
    const r = new Float64Array(3);
    autocorrelation(x, n, 2, r);
    const a = new Float64Array(2);
    const e = levinsonDurbin(r, 2, a, new Float64Array(2));
    expect(a[0]).toBeCloseTo(-1.3, 1);
    expect(a[1]).toBeCloseTo(0.6, 1);
    expect(e).toBeGreaterThan(0);
    expect(e).toBeLessThan(r[0]);
  });

  it('solves the normal equations exactly for a known autocorrelation', () => {
    // r = [1, 0.5, 0.1]: Yule–Walker gives a1 = −0.6, a2 = 0.2, e = 1 − 0.25 − ... (exact below)
    const a = new Float64Array(2);
    const e = levinsonDurbin(Float64Array.of(1, 0.5, 0.1), 2, a, new Float64Array(2));
    expect(a[0]).toBeCloseTo(-0.6, 6);
    expect(a[1]).toBeCloseTo(0.2, 6);
    expect(e).toBeCloseTo(1 + -0.6 * 0.5 + 0.2 * 0.1, 6);
  });

  it('sums every lag in float32, in index order, whatever the order and length', () => {
    const y = Float64Array.from({ length: 220 }, (_, i) => Math.fround(Math.sin(0.3 * i) * (1 + i / 50)));
    for (const [order, length] of [
      [11, 220],
      [8, 220],
      [11, 13],
      [11, 5],
      [3, 2],
    ]) {
      const r = new Float64Array(order + 1);
      autocorrelation(y, length, order, r);
      for (let lag = 0; lag <= order; lag++) {
        let want = 0;
        for (let i = lag; i < length; i++) want = Math.fround(want + Math.fround(y[i] * y[i - lag]));
        expect(r[lag], `order ${order}, length ${length}, lag ${lag}`).toBe(want);
      }
    }
  });

  it('returns all-zero coefficients for silence (r0 = 0)', () => {
    const a = new Float64Array(8).fill(7);
    expect(levinsonDurbin(new Float64Array(9), 8, a, new Float64Array(8))).toBe(0);
    expect(Array.from(a)).toEqual(new Array(8).fill(0));
  });

  // Orders 8 (IS10, its own loop), 11 (eGeMAPS formants) and 2 cover whole and ragged groups of lags.
  it.each([2, 8, 11])('sums every lag in float32 in index order, bit for bit (order %i)', (order) => {
    const y = Float64Array.from({ length: 220 }, (_, i) => Math.fround(Math.sin(i * 0.7) * 10 ** ((i % 7) - 3)));
    const got = new Float64Array(order + 1);
    autocorrelation(y, y.length, order, got);
    for (let lag = 0; lag <= order; lag++) {
      let want = 0;
      for (let i = lag; i < y.length; i++) want = Math.fround(want + Math.fround(y[i] * y[i - lag]));
      expect(got[lag]).toBe(want);
    }
  });
});
