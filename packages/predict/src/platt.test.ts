import { createRng } from '@emocode/core';
import { describe, expect, it } from 'vitest';
import { couplePairwise, fitPlattSigmoid, plattProbability, softmax } from './platt.js';

describe('couplePairwise', () => {
  it('recovers class probabilities from consistent pairwise ones, summing to 1', () => {
    const p = [0.5, 0.3, 0.15, 0.05];
    const k = p.length;
    const r = new Float64Array(k * k);
    for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) if (i !== j) r[i * k + j] = p[i]! / (p[i]! + p[j]!);
    const got = couplePairwise(r, k);
    got.forEach((v, i) => expect(v).toBeCloseTo(p[i]!, 2));
    expect(got.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('gives the pairwise probability itself for two classes, and sums to 1 for inconsistent input', () => {
    const two = couplePairwise(Float64Array.from([0, 0.8, 0.2, 0]), 2);
    expect(two[0]).toBeCloseTo(0.8, 2);
    const rng = createRng(4);
    const k = 5;
    const r = new Float64Array(k * k);
    for (let i = 0; i < k; i++)
      for (let j = i + 1; j < k; j++) {
        r[i * k + j] = 0.05 + 0.9 * rng.next();
        r[j * k + i] = 1 - r[i * k + j]!;
      }
    const p = couplePairwise(r, k);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect([...p].every((v) => v > 0 && v < 1)).toBe(true);
  });
});

describe('fitPlattSigmoid', () => {
  it('maps large positive decision values to the positive class, calibrated on the data', () => {
    const rng = createRng(2);
    // Positive rows have decision values around +1, negative ones around −1 (sd 1): P(+ | f) = 1 / (1 + e^(−2f)).
    const positive = Array.from({ length: 4000 }, (_, i) => i % 2 === 0);
    const decision = positive.map((p) => (p ? 1 : -1) + rng.normal());
    const s = fitPlattSigmoid(decision, positive);
    expect(s.A).toBeCloseTo(-2, 0);
    expect(s.B).toBeCloseTo(0, 0);
    expect(plattProbability(s, 0)).toBeCloseTo(0.5, 1);
    expect(plattProbability(s, 3)).toBeGreaterThan(0.99);
    expect(plattProbability(s, -1e6)).toBe(0);
  });
});

describe('softmax', () => {
  it('sums to 1 and survives large logits', () => {
    const p = softmax([1000, 1001, 999]);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(p[1]).toBeGreaterThan(p[0]!);
  });
});
