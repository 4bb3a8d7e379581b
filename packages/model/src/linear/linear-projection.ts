import { assert } from '@emocode/core';

/**
 * A fitted linear map to `codeSize` dimensions: `code = (x - mean) · componentsᵀ`.
 * `components` is row-major `codeSize x dims` (one direction per row).
 */
export interface LinearProjection {
  readonly kind: 'pca' | 'lda';
  readonly dims: number;
  readonly codeSize: number;
  readonly mean: Float64Array;
  readonly components: Float64Array;
  /** Per-direction score: variance for PCA, between/within ratio for LDA. */
  readonly eigenvalues: Float64Array;
}

/**
 * Projects every row of `data` (`rows x dims`, row-major) with `p`.
 * @returns `rows x codeSize` codes, row-major.
 * @throws EmocodeError EMOCODE_SHAPE_MISMATCH when `data` does not have `p.dims` columns.
 * @example const codes = project(fitPca(x, 1582, train, 10), x, 1582)
 */
export function project(p: LinearProjection, data: Float32Array, dims: number): Float32Array {
  assert(
    dims === p.dims && data.length % dims === 0,
    () => `project: data must have ${p.dims} columns, got dims ${dims} with ${data.length} values.`,
    'EMOCODE_SHAPE_MISMATCH',
  );
  const rows = data.length / dims;
  const out = new Float32Array(rows * p.codeSize);
  const centred = new Float64Array(dims);
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < dims; j++) centred[j] = data[r * dims + j] - p.mean[j];
    for (let c = 0; c < p.codeSize; c++) {
      let s = 0;
      const base = c * dims;
      for (let j = 0; j < dims; j++) s += centred[j] * p.components[base + j];
      out[r * p.codeSize + c] = s;
    }
  }
  return out;
}
