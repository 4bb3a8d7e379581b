import { describe, expect, it } from 'vitest';
import { FUNCTIONALS_19, FUNCTIONALS_21, functionals19NonZero, functionals21 } from './functional-set.js';

const f = Math.fround;
function run21(values: number[]): Record<string, number> {
  const out = new Float32Array(21);
  functionals21(Float32Array.from(values), out, 0);
  return Object.fromEntries(FUNCTIONALS_21.map((n, k) => [n, out[k]]));
}

describe('functionals21 (§7.2)', () => {
  it('computes every functional on a small hand-checked sequence', () => {
    const r = run21([2, 8, 4, 8, 2, 6]);
    expect(r.maxPos).toBe(1); // first of the tied maxima
    expect(r.minPos).toBe(0);
    expect(r.amean).toBe(5);
    // slope: B = Σ i·x = 0+8+8+24+8+30 = 78, S1 = 15, S2 = 55, A = 30 → t = (30 − 78·15/55)/(6 − 225/55)
    const t = (30 - (78 * 15) / 55) / (6 - 225 / 55);
    expect(r.linregc2).toBe(f(t));
    expect(r.linregc1).toBe(f((78 - t * 15) / 55));
    expect(r.stddev).toBe(f(Math.sqrt((9 + 9 + 1 + 9 + 9 + 1) / 6)));
    expect(r.skewness).toBe(0);
    expect(r.quartile1).toBe(f(2 * 0.75 + 4 * 0.25)); // r = 1.25 on [2,2,4,6,8,8]
    expect(r.quartile2).toBe(5);
    expect(r.quartile3).toBe(f(6 * 0.25 + 8 * 0.75));
    expect(r['iqr1-3']).toBe(f(r.quartile3 - r.quartile1));
    expect(r['percentile1.0']).toBe(2);
    expect(r['percentile99.0']).toBe(8);
    expect(r['pctlrange0-1']).toBe(6);
    expect(r.upleveltime75).toBe(f(2 / 6)); // threshold 6.5: the two 8s
    expect(r.upleveltime90).toBe(f(2 / 6));
  });
  it('gives kurtosis 1 for a symmetric two-point sequence (non-excess)', () => {
    expect(run21([1, 3]).kurtosis).toBe(1);
  });
  it('handles N = 1', () => {
    const r = run21([4]);
    expect([r.amean, r.linregc1, r.linregc2, r.linregerrQ, r.stddev, r.kurtosis, r.quartile2]).toEqual([4, 0, 4, 0, 0, 0, 4]);
    expect([r.maxPos, r.minPos, r.upleveltime75]).toEqual([0, 0, 0]);
  });
  it('has no error on an exact line', () => {
    const r = run21([1, 3, 5, 7]);
    expect([r.linregc1, r.linregc2]).toEqual([2, 1]);
    expect(r.linregerrA).toBeLessThan(1e-12);
  });
});

describe('functionals19NonZero (§7.1)', () => {
  it('drops exact zeros and reports positions in the compacted sequence', () => {
    const out = new Float32Array(19);
    functionals19NonZero(Float32Array.of(0, 5, 0, 7, 0), out, 0);
    const r = Object.fromEntries(FUNCTIONALS_19.map((n, k) => [n, out[k]]));
    expect([r.maxPos, r.minPos, r.amean, r.linregc1]).toEqual([1, 0, 6, 2]);
    expect(FUNCTIONALS_19).not.toContain('percentile1.0');
  });
  it('gives all zeros when every value is zero', () => {
    const out = new Float32Array(19).fill(9);
    functionals19NonZero(new Float32Array(4), out, 0);
    expect(Array.from(out)).toEqual(new Array(19).fill(0));
  });
});
