import { describe, expect, it } from 'vitest';
import { gaussianWindow, hammingWindow } from './windows.js';

describe('hammingWindow', () => {
  it('has the IS10 end value 0.08, peak 1, symmetry and Σw = 215.54 at M = 400', () => {
    const w = hammingWindow(400);
    expect(w[0]).toBeCloseTo(0.08, 15);
    expect(w[399]).toBeCloseTo(0.08, 15);
    for (let i = 0; i < 200; i++) expect(w[i]).toBeCloseTo(w[399 - i], 14);
    let sum = 0;
    for (const v of w) sum += v;
    expect(sum).toBeCloseTo(215.54, 10);
    expect(hammingWindow(5)[2]).toBeCloseTo(1, 15);
    expect(hammingWindow(400)).toBe(w);
  });
});

describe('gaussianWindow', () => {
  it('is symmetric, exp(-0.5/σ²) at the ends and 1 at the centre of odd lengths', () => {
    const w = gaussianWindow(960, 0.25);
    expect(w[0]).toBeCloseTo(Math.exp(-8), 15);
    for (let i = 0; i < 480; i++) expect(w[i]).toBeCloseTo(w[959 - i], 14);
    expect(gaussianWindow(5, 0.25)[2]).toBe(1);
    // i = 1 of M = 5: z = (1 − 2)/(0.25·2) = −2 → exp(−2)
    expect(gaussianWindow(5, 0.25)[1]).toBeCloseTo(Math.exp(-2), 15);
    expect(gaussianWindow(960, 0.25)).toBe(w);
  });
});
