import { describe, expect, it } from 'vitest';
import { createLspScratch, lpcToLsp } from './line-spectral-pairs.js';

const mul = (a: number[], b: number[]) => {
  const out = new Array<number>(a.length + b.length - 1).fill(0);
  a.forEach((x, i) => b.forEach((y, j) => (out[i + j] += x * y)));
  return out;
};

/** A(z) = (P + Q)/2 with P ∋ (1 + z⁻¹) and the even-indexed pairs, Q ∋ (1 − z⁻¹) and the odd ones. */
function lpcFromLsp(freqs: number[]): Float64Array {
  let p = [1, 1];
  let q = [1, -1];
  freqs.forEach((w, k) => {
    const section = [1, -2 * Math.cos(w), 1];
    if (k % 2 === 0) p = mul(p, section);
    else q = mul(q, section);
  });
  return Float64Array.from({ length: freqs.length }, (_, k) => (p[k + 1] + q[k + 1]) / 2);
}

describe('lpcToLsp (§4.4 step 3)', () => {
  it('recovers known line spectral frequencies, ascending in (0, π)', () => {
    const want = [0.3, 0.5, 0.9, 1.2, 1.6, 2.0, 2.4, 2.8];
    const out = new Float64Array(8);
    expect(lpcToLsp(lpcFromLsp(want), 8, out, createLspScratch(8))).toBe(8);
    // 11 bisections of a grid step ≤ 0.2 in x = cos ω resolve ω to ≲ 1e-4/sin ω
    want.forEach((w, k) => expect(Math.abs(out[k] - w)).toBeLessThan(5e-4));
    for (let k = 1; k < 8; k++) expect(out[k]).toBeGreaterThan(out[k - 1]);
  });

  it('gives the all-zero predictor (A = 1) equally spaced LSFs kπ/9', () => {
    const out = new Float64Array(8);
    expect(lpcToLsp(new Float64Array(8), 8, out, createLspScratch(8))).toBe(8);
    for (let k = 0; k < 8; k++) expect(Math.abs(out[k] - ((k + 1) * Math.PI) / 9)).toBeLessThan(5e-4);
  });

  it('resolves a closely spaced pair (0.03 rad apart)', () => {
    const want = [0.3, 0.33, 0.9, 1.2, 1.6, 2.0, 2.4, 2.8];
    const out = new Float64Array(8);
    const roots = lpcToLsp(lpcFromLsp(want), 8, out, createLspScratch(8));
    expect(roots).toBe(8);
    want.forEach((w, k) => expect(Math.abs(out[k] - w)).toBeLessThan(1e-3));
  });
});
