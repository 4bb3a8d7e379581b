import { createRng } from '@emocode/core';
import { describe, expect, it } from 'vitest';
import { kernelMatrix } from './kernel-matrix.js';

const rng = createRng(3);
const rows = 37; // odd, and more than one 32-row block
const dims = 11;
const x = Float32Array.from({ length: rows * dims }, () => rng.normal());
const naiveDot = (i: number, j: number): number => {
  let s = 0;
  for (let d = 0; d < dims; d++) s += x[i * dims + d]! * x[j * dims + d]!;
  return s;
};

describe('kernelMatrix', () => {
  it('gives the same RBF rows precomputed and through the LRU row cache', () => {
    const full = kernelMatrix(x, rows, dims, 'rbf', 0.1, 1e9);
    const small = kernelMatrix(x, rows, dims, 'rbf', 0.1, 3 * rows * 4);
    for (const i of [0, 5, 36, 5, 20, 0, 36]) {
      const want = Float64Array.from({ length: rows }, (_, j) => Math.exp(-0.1 * (naiveDot(i, i) + naiveDot(j, j) - 2 * naiveDot(i, j))));
      [...full.row(i)].forEach((v, j) => expect(v).toBeCloseTo(want[j]!, 6));
      [...small.row(i)].forEach((v, j) => expect(v).toBeCloseTo(want[j]!, 6));
    }
    expect([...full.diagonal]).toEqual(new Array(rows).fill(1));
  });

  it('gives linear kernel rows (the dot products) with their squares on the diagonal, both ways', () => {
    for (const cacheBytes of [1e9, 3 * rows * 4]) {
      const linear = kernelMatrix(x, rows, dims, 'linear', 0, cacheBytes);
      for (const i of [4, 36]) [...linear.row(i)].forEach((v, j) => expect(v).toBeCloseTo(naiveDot(i, j), 4));
      [...linear.diagonal].forEach((v, i) => expect(v).toBeCloseTo(naiveDot(i, i), 10));
    }
  });
});
