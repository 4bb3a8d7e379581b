import { createRng } from '@emocode/core';
import { describe, expect, it } from 'vitest';
import { rowDots, rowDotsEngine, rowDotsView, rowDotsWith, symmetricRowDots } from './row-dots.js';

const rng = createRng(5);
const matrix = (rows: number, dims: number) => Float32Array.from({ length: rows * dims }, () => rng.normal());
const naive = (a: Float32Array, b: Float32Array, dims: number, i: number, j: number): number => {
  let s = 0;
  for (let k = 0; k < dims; k++) s += a[i * dims + k]! * b[j * dims + k]!;
  return s;
};
const naiveRbf = (a: Float32Array, b: Float32Array, dims: number, gamma: number, i: number, j: number): number =>
  Math.exp(-gamma * (naive(a, a, dims, i, i) + naive(b, b, dims, j, j) - 2 * naive(a, b, dims, i, j)));

// Odd sizes cross every edge: ragged tiles (rows not a multiple of 2 or 4, dims not of 4),
// more than one panel (64 rows) and one block (32 rows of b).
const [aRows, bRows, dims] = [131, 45, 23];
const a = matrix(aRows, dims);
const b = matrix(bRows, dims);
const engines = ['wasm', 'js'] as const;

describe('rowDots', () => {
  it('runs on WebAssembly SIMD under Node', () => expect(rowDotsEngine()).toBe('wasm'));

  it('gives the product in place (rowDotsView): rowDots in padded rows, overwritten by the next call', () => {
    const { values, stride } = rowDotsView(a, aRows, b, bRows, dims, { rbfGamma: 1 / dims });
    const copy = rowDots(a, aRows, b, bRows, dims, { rbfGamma: 1 / dims });
    expect(stride).toBeGreaterThanOrEqual(bRows);
    for (let i = 0; i < aRows; i += 13) for (let j = 0; j < bRows; j++) expect(values[i * stride + j]).toBe(copy[i * bRows + j]);
    const before = values[0];
    rowDotsView(b, bRows, b, bRows, dims, { rbfGamma: 1 / dims });
    expect(values[0]).not.toBe(before);
  });

  it.each(engines)('equals naive dot products on every entry (%s)', (engine) => {
    const out = rowDots(a, aRows, b, bRows, dims, { engine });
    for (let i = 0; i < aRows; i++) for (let j = 0; j < bRows; j++) expect(out[i * bRows + j]).toBeCloseTo(naive(a, b, dims, i, j), 4);
  });

  // gamma 1/dims spreads kernel values over (0, 1]; 0.5 reaches below 1e-30, near the float floor.
  it.each([
    ['wasm', 1 / dims],
    ['js', 1 / dims],
    ['wasm', 0.5],
  ] as const)('gives RBF values to float32 precision (%s, gamma %d)', (engine, gamma) => {
    const out = rowDots(a, aRows, b, bRows, dims, { engine, rbfGamma: gamma });
    for (let i = 0; i < aRows; i++) {
      for (let j = 0; j < bRows; j++) {
        const want = naiveRbf(a, b, dims, gamma, i, j);
        expect(Math.abs(out[i * bRows + j]! - want)).toBeLessThanOrEqual(2e-5 * want + 1e-37);
      }
    }
  });

  it.each(engines)('fills a symmetric product from its upper panels, RBF diagonal 1 (%s)', (engine) => {
    const dots = symmetricRowDots(a, aRows, dims, { engine });
    const rbf = symmetricRowDots(a, aRows, dims, { engine, rbfGamma: 1 / dims });
    expect(dots.map((row) => row.length)).toEqual(new Array(aRows).fill(aRows));
    for (let i = 0; i < aRows; i++) {
      expect(rbf[i]![i]).toBeCloseTo(1, 5);
      for (let j = 0; j < aRows; j++) {
        expect(dots[i]![j]).toBeCloseTo(naive(a, a, dims, i, j), 4);
        expect(rbf[i]![j]).toBe(rbf[j]![i]);
        expect(rbf[i]![j]).toBeCloseTo(naiveRbf(a, a, dims, 1 / dims, i, j), 5);
      }
    }
  });

  it.each(engines)('keeps b resident across calls of one row and of many, plain and RBF (%s)', (engine) => {
    const withA = rowDotsWith(a, aRows, dims, engine);
    for (const gamma of [undefined, 0.1]) {
      const whole = rowDots(b, bRows, a, aRows, dims, { engine, ...(gamma ? { rbfGamma: gamma } : {}) });
      expect(withA(b, bRows, gamma)).toEqual(whole);
      for (const i of [0, 7, bRows - 1])
        expect(withA(b.subarray(i * dims, (i + 1) * dims), 1, gamma)).toEqual(whole.subarray(i * aRows, (i + 1) * aRows));
    }
    expect(withA(new Float32Array(), 0)).toHaveLength(0);
  });

  it('splits a large product over the threads with the same result as one thread', () => {
    const [x, y, wide] = [matrix(330, 400), matrix(300, 400), 400]; // 40 M multiply-adds: threaded
    const threaded = [rowDots(y, 300, x, 330, wide, { rbfGamma: 0.01 }), symmetricRowDots(x, 330, wide)];
    process.env['EMOCODE_THREADS'] = '1';
    try {
      expect(rowDots(y, 300, x, 330, wide, { rbfGamma: 0.01 })).toEqual(threaded[0]);
      expect(symmetricRowDots(x, 330, wide)).toEqual(threaded[1]);
    } finally {
      delete process.env['EMOCODE_THREADS'];
    }
    expect((threaded[1] as Float32Array[])[17]![5]).toBeCloseTo(naive(x, x, wide, 17, 5), 3);
  });

  it('rejects wrong lengths', () => {
    expect(() => rowDots(a, aRows + 1, b, bRows, dims)).toThrow(/a must hold 132 rows of 23 values, got 3013/);
    expect(() => symmetricRowDots(a, aRows, dims + 1)).toThrow(/a must hold 131 rows of 24 values, got 3013/);
  });
});
