import { assert, assertFinite } from '@emocode/core';

/**
 * Checks the common inputs of the linear fitters: shape, row indices in range, finite values
 * in the selected rows.
 */
export function checkRows(data: Float32Array, dims: number, rows: ArrayLike<number>, where: string): void {
  assert(Number.isInteger(dims) && dims > 0, () => `${where}: dims must be a positive integer, got ${dims}.`);
  assert(
    data.length % dims === 0,
    () => `${where}: data length must be a multiple of dims ${dims}, got ${data.length}.`,
    'EMOCODE_SHAPE_MISMATCH',
  );
  const total = data.length / dims;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    assert(Number.isInteger(r) && r >= 0 && r < total, () => `${where}: rows must index 0..${total - 1}, got ${r}.`);
    assertFinite(data.subarray(r * dims, (r + 1) * dims), where, `data row ${r}`);
  }
}

/** Copies the selected rows into a float64 `rows x dims` matrix centred by `mean`. */
export function centredRows(
  data: Float32Array,
  dims: number,
  rows: ArrayLike<number>,
  mean: (row: number, index: number) => Float64Array,
): Float64Array {
  const out = new Float64Array(rows.length * dims);
  for (let i = 0; i < rows.length; i++) {
    const src = rows[i] * dims;
    const m = mean(rows[i], i);
    for (let j = 0; j < dims; j++) out[i * dims + j] = data[src + j] - m[j];
  }
  return out;
}

/** Column means of the selected rows. */
export function columnMean(data: Float32Array, dims: number, rows: ArrayLike<number>): Float64Array {
  const mean = new Float64Array(dims);
  for (let i = 0; i < rows.length; i++) {
    const src = rows[i] * dims;
    for (let j = 0; j < dims; j++) mean[j] += data[src + j];
  }
  for (let j = 0; j < dims; j++) mean[j] /= Math.max(rows.length, 1);
  return mean;
}

/** `X Xᵀ` of a row-major `n x dims` matrix (n x n, symmetric). */
export function gram(x: Float64Array, n: number, dims: number): Float64Array {
  const g = new Float64Array(n * n);
  // Two rows of X against one: each load of row b serves two dot products.
  for (let a = 0; a < n; a += 2) {
    const pair = a + 1 < n;
    const oa = a * dims;
    const ob1 = pair ? oa + dims : oa;
    for (let b = a; b < n; b++) {
      let s0 = 0;
      let s1 = 0;
      const off = b * dims;
      for (let j = 0; j < dims; j++) {
        const xb = x[off + j];
        s0 += x[oa + j] * xb;
        s1 += x[ob1 + j] * xb;
      }
      g[a * n + b] = s0;
      g[b * n + a] = s0;
      if (pair && b > a) {
        g[(a + 1) * n + b] = s1;
        g[b * n + a + 1] = s1;
      }
    }
  }
  return g;
}

/** `Xᵀ X` of a row-major `n x dims` matrix (dims x dims, symmetric). */
export function scatter(x: Float64Array, n: number, dims: number): Float64Array {
  const s = new Float64Array(dims * dims);
  for (let i = 0; i < n; i++) {
    const off = i * dims;
    for (let a = 0; a < dims; a++) {
      const xa = x[off + a];
      if (xa === 0) continue;
      const row = a * dims;
      for (let b = a; b < dims; b++) s[row + b] += xa * x[off + b];
    }
  }
  for (let a = 0; a < dims; a++) for (let b = 0; b < a; b++) s[a * dims + b] = s[b * dims + a];
  return s;
}

/** In-place Cholesky factor (lower triangle) of an SPD m x m matrix. */
export function cholesky(a: Float64Array, m: number, where: string): Float64Array {
  for (let j = 0; j < m; j++) {
    let diag = a[j * m + j];
    for (let k = 0; k < j; k++) diag -= a[j * m + k] * a[j * m + k];
    assert(diag > 0, () => `${where}: scatter matrix is not positive definite. Increase shrinkage.`, 'EMOCODE_INTERNAL');
    const l = Math.sqrt(diag);
    a[j * m + j] = l;
    for (let i = j + 1; i < m; i++) {
      let s = a[i * m + j];
      for (let k = 0; k < j; k++) s -= a[i * m + k] * a[j * m + k];
      a[i * m + j] = s / l;
    }
  }
  return a;
}

/** Solves `L Lᵀ y = b` in place for one right-hand side, given the Cholesky factor `l`. */
export function choleskySolve(l: Float64Array, m: number, b: Float64Array): Float64Array {
  for (let i = 0; i < m; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i * m + k] * b[k];
    b[i] = s / l[i * m + i];
  }
  for (let i = m - 1; i >= 0; i--) {
    let s = b[i];
    for (let k = i + 1; k < m; k++) s -= l[k * m + i] * b[k];
    b[i] = s / l[i * m + i];
  }
  return b;
}
