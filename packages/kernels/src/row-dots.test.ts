import { createRng } from '@emocode/core';
import { describe, expect, it } from 'vitest';
import { rowDots, rowDotsEngine, rowDotsWith } from './row-dots.js';

const rng = createRng(5);
const matrix = (rows: number, dims: number) => Float32Array.from({ length: rows * dims }, () => rng.normal());
const naive = (a: Float32Array, b: Float32Array, dims: number, i: number, j: number): number => {
  let s = 0;
  for (let k = 0; k < dims; k++) s += a[i * dims + k]! * b[j * dims + k]!;
  return s;
};

// Odd sizes cross every edge: ragged tiles (rows not a multiple of 2 or 4, dims not of 4),
// more than one panel (64 rows) and one block (32 rows of b).
const [aRows, bRows, dims] = [131, 45, 23];
const a = matrix(aRows, dims);
const b = matrix(bRows, dims);

describe('rowDots', () => {
  it('runs on WebAssembly SIMD under Node', () => expect(rowDotsEngine()).toBe('wasm'));

  it.each(['wasm', 'js'] as const)('equals naive dot products on every entry (%s)', (engine) => {
    const out = rowDots(a, aRows, b, bRows, dims, { engine });
    for (let i = 0; i < aRows; i++) for (let j = 0; j < bRows; j++) expect(out[i * bRows + j]).toBeCloseTo(naive(a, b, dims, i, j), 4);
  });

  it.each(['wasm', 'js'] as const)('fills a symmetric product from its upper panels and maps every entry once (%s)', (engine) => {
    const seen = new Uint8Array(aRows * aRows);
    const out = rowDots(a, aRows, a, aRows, dims, {
      engine,
      symmetric: true,
      map: (dot, i, j) => {
        seen[i * aRows + j]! += 1;
        return Math.exp(-dot / dims);
      },
    });
    for (let i = 0; i < aRows; i++) {
      for (let j = 0; j < aRows; j++) {
        expect(out[i * aRows + j]).toBeCloseTo(Math.exp(-naive(a, a, dims, i, j) / dims), 6);
        expect(seen[i * aRows + j]! + seen[j * aRows + i]!).toBeGreaterThanOrEqual(1);
        expect(seen[i * aRows + j]).toBeLessThanOrEqual(1);
      }
    }
  });

  it.each(['wasm', 'js'] as const)('keeps b resident across calls of one row and of many (%s)', (engine) => {
    const withA = rowDotsWith(a, aRows, dims, engine);
    const whole = rowDots(b, bRows, a, aRows, dims, { engine });
    expect(withA(b, bRows)).toEqual(whole);
    for (const i of [0, 7, bRows - 1]) {
      const indices: number[] = [];
      const row = withA(b.subarray(i * dims, (i + 1) * dims), 1, (dot, r, j) => {
        indices.push(1000 * r + j);
        return dot;
      });
      expect(row).toEqual(whole.subarray(i * aRows, (i + 1) * aRows));
      expect(indices).toEqual([...Array(aRows).keys()]);
    }
    expect(withA(new Float32Array(), 0)).toHaveLength(0);
  });

  it('rejects wrong lengths and a symmetric product of two matrices', () => {
    expect(() => rowDots(a, aRows + 1, b, bRows, dims)).toThrow(/a must hold 132 rows of 23 values, got 3013/);
    expect(() => rowDots(a, aRows, b, bRows, dims, { symmetric: true })).toThrow(/symmetric/);
  });
});
