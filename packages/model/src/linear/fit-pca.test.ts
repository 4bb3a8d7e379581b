import { createRng } from '@emocode/core';
import { describe, expect, it } from 'vitest';
import { fitPca } from './fit-pca.js';
import { project } from './linear-projection.js';

/** rows x dims data = latent (rows x rank) · basis (rank x dims) · scales + small noise. */
function plantedLowRank(rows: number, dims: number, rank: number, seed: number) {
  const rng = createRng(seed);
  const basis = new Float64Array(rank * dims);
  for (let c = 0; c < rank; c++) basis[c * dims + c * 3] = 1; // orthonormal, known directions
  const data = new Float32Array(rows * dims);
  for (let r = 0; r < rows; r++) {
    const z = Array.from({ length: rank }, (_, c) => rng.normal() * (10 - 3 * c));
    for (let j = 0; j < dims; j++) {
      let v = 5 + 0.01 * rng.normal();
      for (let c = 0; c < rank; c++) v += z[c] * basis[c * dims + j];
      data[r * dims + j] = v;
    }
  }
  return { data, basis };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('fitPca', () => {
  it('recovers a planted rank-3 subspace, in variance order (rows < dims, Gram path)', () => {
    const { data } = plantedLowRank(40, 60, 3, 1);
    const pca = fitPca(data, 60, range(40), 3);
    // Each planted direction lies in the fitted span (sample covariance mixes them within it).
    for (let c = 0; c < 3; c++) {
      let inSpan = 0;
      for (let p = 0; p < 3; p++) inSpan += pca.components[p * 60 + c * 3] ** 2;
      expect(inSpan).toBeGreaterThan(0.999);
    }
    expect(pca.eigenvalues[0]).toBeGreaterThan(pca.eigenvalues[1]);
    expect(pca.eigenvalues[1]).toBeGreaterThan(pca.eigenvalues[2]);
    expect(pca.mean[1]).toBeCloseTo(5, 1);
  });

  it('agrees with the scatter path when rows > dims', () => {
    const { data } = plantedLowRank(80, 12, 2, 2);
    const pca = fitPca(data, 12, range(80), 2);
    expect(Math.abs(pca.components[0])).toBeGreaterThan(0.99);
    expect(Math.abs(pca.components[12 + 3])).toBeGreaterThan(0.99);
    const codes = project(pca, data, 12);
    let varianceFirst = 0;
    for (let r = 0; r < 80; r++) varianceFirst += codes[r * 2] ** 2 / 79;
    expect(varianceFirst).toBeCloseTo(pca.eigenvalues[0], 3);
  });

  it('fits only on the given rows', () => {
    const { data } = plantedLowRank(30, 20, 2, 3);
    data.fill(1e6, 20 * 20); // rows 20.. are outliers that must not matter
    const pca = fitPca(data, 20, range(20), 2);
    expect(pca.mean[1]).toBeCloseTo(5, 1);
  });

  it('rejects bad k, rows out of range and NaN', () => {
    const { data } = plantedLowRank(10, 8, 2, 4);
    expect(() => fitPca(data, 8, range(10), 10)).toThrow(/k must be/);
    expect(() => fitPca(data, 8, [0, 1, 99], 1)).toThrow(/rows must index/);
    data[3] = Number.NaN;
    expect(() => fitPca(data, 8, range(10), 1)).toThrow(/finite/);
    expect(() => fitPca(data, 7, range(10), 1)).toThrow(/multiple of dims/);
  });
});
