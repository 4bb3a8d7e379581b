import { createRng } from '@emocode/core';
import { symEigen, type SymEigen } from './sym-eigen.js';

// Power steps of the subspace iteration: the error in the k-th direction shrinks like
// (λ_{b+1}/λ_k)^iterations with block size b = 2k + 10 (Halko, Martinsson & Tropp 2011, §4.5).
const iterations = 16;

/**
 * Top `k` eigenpairs of a symmetric positive semi-definite n x n matrix: randomized subspace
 * iteration with a Rayleigh–Ritz step when the block (2k + 10) is small against n, else the
 * full decomposition. Deterministic (fixed internal seed).
 * @returns values (k, descending) and vectors (n x k, row-major, one per column).
 */
export function topEigen(matrix: Float64Array, n: number, k: number): SymEigen {
  const block = 2 * k + 10;
  if (block * 3 > n) return truncate(symEigen(matrix, n), n, k);
  const rng = createRng(0x5eed);
  let q = orthonormalColumns(
    Float64Array.from({ length: n * block }, () => rng.normal()),
    n,
    block,
  );
  for (let it = 0; it < iterations; it++) q = orthonormalColumns(multiply(matrix, q, n, block), n, block);
  const aq = multiply(matrix, q, n, block);
  const small = new Float64Array(block * block);
  for (let a = 0; a < block; a++) {
    for (let c = a; c < block; c++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += q[i * block + a] * aq[i * block + c];
      small[a * block + c] = s;
      small[c * block + a] = s;
    }
  }
  const ritz = symEigen(small, block);
  const vectors = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let a = 0; a < block; a++) s += q[i * block + a] * ritz.vectors[a * block + c];
      vectors[i * k + c] = s;
    }
  }
  return { values: ritz.values.slice(0, k), vectors };
}

function truncate(full: SymEigen, n: number, k: number): SymEigen {
  const vectors = new Float64Array(n * k);
  for (let i = 0; i < n; i++) for (let c = 0; c < k; c++) vectors[i * k + c] = full.vectors[i * n + c];
  return { values: full.values.slice(0, k), vectors };
}

/** `M Q` for symmetric n x n M and row-major n x b Q. */
function multiply(m: Float64Array, q: Float64Array, n: number, b: number): Float64Array {
  const out = new Float64Array(n * b);
  for (let i = 0; i < n; i++) {
    const row = out.subarray(i * b, (i + 1) * b);
    for (let j = 0; j < n; j++) {
      const mij = m[i * n + j];
      if (mij === 0) continue;
      const off = j * b;
      for (let c = 0; c < b; c++) row[c] += mij * q[off + c];
    }
  }
  return out;
}

/** Modified Gram–Schmidt on the columns of a row-major n x b matrix (in place). */
function orthonormalColumns(y: Float64Array, n: number, b: number): Float64Array {
  for (let c = 0; c < b; c++) {
    for (let p = 0; p < c; p++) {
      let dot = 0;
      for (let i = 0; i < n; i++) dot += y[i * b + p] * y[i * b + c];
      for (let i = 0; i < n; i++) y[i * b + c] -= dot * y[i * b + p];
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += y[i * b + c] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < n; i++) y[i * b + c] /= norm;
  }
  return y;
}
