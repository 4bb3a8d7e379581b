import { assert } from '@emocode/core';
import type { LinearProjection } from './linear-projection.js';
import { centredRows, checkRows, columnMean, gram, scatter } from './matrix.js';
import { symEigen } from './sym-eigen.js';
import { topEigen } from './top-eigen.js';

/**
 * Principal component analysis fitted on `rows` only (a training fold), keeping the top
 * `k` directions. With fewer rows than dims (the usual case: ~1000 utterances x 1582
 * features) it decomposes the rows x rows Gram matrix and maps eigenvectors back
 * (`v = Xᵀu / √λ`), so the cost is O(rows²·dims + rows³) instead of O(dims³).
 * Each direction's sign is fixed so its largest-magnitude loading is positive.
 * @param data row-major `total x dims` matrix; only `rows` are read.
 * @param dims columns per row.
 * @param rows indices of the fitting rows (at least k + 1).
 * @param k number of components, 1 ≤ k ≤ min(rows − 1, dims).
 * @throws EmocodeError EMOCODE_INVALID_INPUT (k, rows), EMOCODE_SHAPE_MISMATCH, EMOCODE_NON_FINITE.
 * @example const pca = fitPca(x, 1582, fold.train, 10); const codes = project(pca, x, 1582)
 */
export function fitPca(data: Float32Array, dims: number, rows: ArrayLike<number>, k: number): LinearProjection {
  checkRows(data, dims, rows, 'fitPca');
  const n = rows.length;
  assert(
    Number.isInteger(k) && k >= 1 && k <= Math.min(n - 1, dims),
    () => `fitPca: k must be an integer in 1..min(rows - 1, dims) = ${Math.min(n - 1, dims)}, got ${k}.`,
  );
  const mean = columnMean(data, dims, rows);
  const x = centredRows(data, dims, rows, () => mean);
  const { components, eigenvalues } = n <= dims ? viaGram(x, n, dims, k) : viaScatter(x, n, dims, k);
  fixSigns(components, k, dims);
  return { kind: 'pca', dims, codeSize: k, mean, components, eigenvalues };
}

type Directions = { components: Float64Array; eigenvalues: Float64Array };

function viaGram(x: Float64Array, n: number, dims: number, k: number): Directions {
  const { values, vectors } = topEigen(gram(x, n, dims), n, k);
  const components = new Float64Array(k * dims);
  const eigenvalues = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    const lambda = Math.max(values[c], 0);
    eigenvalues[c] = lambda / (n - 1);
    const norm = lambda > 0 ? 1 / Math.sqrt(lambda) : 0;
    const out = components.subarray(c * dims, (c + 1) * dims);
    for (let i = 0; i < n; i++) {
      const u = vectors[i * k + c] * norm;
      if (u === 0) continue;
      const off = i * dims;
      for (let j = 0; j < dims; j++) out[j] += u * x[off + j];
    }
  }
  return { components, eigenvalues };
}

function viaScatter(x: Float64Array, n: number, dims: number, k: number): Directions {
  const { values, vectors } = symEigen(scatter(x, n, dims), dims);
  const components = new Float64Array(k * dims);
  const eigenvalues = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    eigenvalues[c] = Math.max(values[c], 0) / (n - 1);
    for (let j = 0; j < dims; j++) components[c * dims + j] = vectors[j * dims + c];
  }
  return { components, eigenvalues };
}

/** Eigenvector signs are arbitrary; fixing them makes fits comparable across runs. */
export function fixSigns(components: Float64Array, k: number, dims: number): void {
  for (let c = 0; c < k; c++) {
    const row = components.subarray(c * dims, (c + 1) * dims);
    let best = 0;
    for (let j = 0; j < dims; j++) if (Math.abs(row[j]) > Math.abs(best)) best = row[j];
    if (best < 0) for (let j = 0; j < dims; j++) row[j] = -row[j];
  }
}
