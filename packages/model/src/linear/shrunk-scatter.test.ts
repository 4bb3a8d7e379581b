import { createRng } from '@emocode/core';
import { describe, expect, it } from 'vitest';
import { ledoitWolf, shrunkSolver } from './shrunk-scatter.js';
import { scatter } from './matrix.js';

function randomRows(n: number, dims: number, seed: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: n * dims }, () => rng.normal());
}

describe('shrunkSolver', () => {
  it.each([
    [6, 10],
    [15, 4],
  ])('inverts the shrunk covariance (n=%i, dims=%i)', (n, dims) => {
    const x = randomRows(n, dims, n);
    const shrinkage = 0.3;
    const s = scatter(x, n, dims);
    let trace = 0;
    for (let j = 0; j < dims; j++) trace += s[j * dims + j] / n;
    const y = Float64Array.from({ length: dims }, (_, j) => j - 2);
    const solved = shrunkSolver(x, n, dims, shrinkage, 'test')(y.slice());
    for (let a = 0; a < dims; a++) {
      let back = ((shrinkage * trace) / dims) * solved[a];
      for (let b = 0; b < dims; b++) back += ((1 - shrinkage) * s[a * dims + b] * solved[b]) / n;
      expect(back).toBeCloseTo(y[a], 8);
    }
  });
});

describe('ledoitWolf', () => {
  it('shrinks little for a well-estimated anisotropic covariance and a lot with few rows', () => {
    const anisotropic = randomRows(2000, 5, 1).map((v, i) => v * (1 + 3 * (i % 5)));
    expect(ledoitWolf(anisotropic, 2000, 5)).toBeLessThan(0.05);
    expect(ledoitWolf(randomRows(10, 200, 2), 10, 200)).toBeGreaterThan(0.5);
  });
});
