import { createRng } from '@emocode/core';
import { describe, expect, it } from 'vitest';
import { gramMatrix } from './dot-products.js';
import { kernelMatrix } from './kernel-matrix.js';

const rng = createRng(3);
const rows = 37; // odd, and more than one 32-row block
const dims = 11;
const x = Float64Array.from({ length: rows * dims }, () => rng.normal());
const naiveDot = (i: number, j: number): number => {
  let s = 0;
  for (let d = 0; d < dims; d++) s += x[i * dims + d]! * x[j * dims + d]!;
  return s;
};

describe('gramMatrix', () => {
  it('equals naive dot products on every entry, edges and block borders included', () => {
    const gram = gramMatrix(x, rows, dims);
    for (let i = 0; i < rows; i++) for (let j = 0; j < rows; j++) expect(gram[i * rows + j]).toBeCloseTo(naiveDot(i, j), 12);
  });
});

describe('kernelMatrix', () => {
  it('gives the same RBF rows precomputed and through the LRU row cache', () => {
    const full = kernelMatrix(x, rows, dims, 'rbf', 0.1, 1e9);
    const small = kernelMatrix(x, rows, dims, 'rbf', 0.1, 3 * rows * 8);
    for (const i of [0, 5, 36, 5, 20, 0, 36]) {
      const want = Float64Array.from({ length: rows }, (_, j) => Math.exp(-0.1 * (naiveDot(i, i) + naiveDot(j, j) - 2 * naiveDot(i, j))));
      [...full.row(i)].forEach((v, j) => expect(v).toBeCloseTo(want[j]!, 12));
      [...small.row(i)].forEach((v, j) => expect(v).toBeCloseTo(want[j]!, 12));
    }
    expect([...full.diagonal]).toEqual(new Array(rows).fill(1));
  });
});
