import { gramMatrix, rowDot } from './dot-products.js';

/** Kernel values between training rows: `row(i)[j] = K(x_i, x_j)` for every training row j. */
export interface KernelMatrix {
  rows: number;
  row(i: number): Float64Array;
  diagonal: Float64Array;
}

/**
 * Kernel matrix of `x` (rows x dims, Float64). When the full matrix fits in `cacheBytes` it is
 * precomputed with the blocked Gram product (one pass, far fewer loads than row by row);
 * otherwise rows are computed on demand and kept in an LRU cache of that size, like libsvm.
 * `dots`, the Gram matrix X·Xᵀ when the caller already has it (one per fold, reused across a
 * hyper-parameter grid), skips the product; it is read, never written.
 */
export function kernelMatrix(
  x: Float64Array,
  rows: number,
  dims: number,
  kernel: 'rbf' | 'linear',
  gamma: number,
  cacheBytes: number,
  dots?: Float64Array,
): KernelMatrix {
  const squares = new Float64Array(rows);
  for (let i = 0; i < rows; i++) squares[i] = rowDot(x, dims, i, i);
  const toKernel = (dot: number, i: number, j: number): number =>
    kernel === 'linear' ? dot : Math.exp(-gamma * Math.max(0, squares[i]! + squares[j]! - 2 * dot));
  const diagonal = new Float64Array(rows);
  for (let i = 0; i < rows; i++) diagonal[i] = toKernel(squares[i]!, i, i);
  if (dots || rows * rows * 8 <= cacheBytes) {
    return precomputed(dots ?? gramMatrix(x, rows, dims), rows, toKernel, diagonal);
  }
  return cached(rows, diagonal, Math.max(2, Math.floor(cacheBytes / (rows * 8))), (i, out) => {
    for (let j = 0; j < rows; j++) out[j] = toKernel(rowDot(x, dims, i, j), i, j);
  });
}

type ToKernel = (dot: number, i: number, j: number) => number;

function precomputed(dots: Float64Array, rows: number, toKernel: ToKernel, diagonal: Float64Array): KernelMatrix {
  const gram = new Float64Array(rows * rows);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < rows; j++) gram[i * rows + j] = toKernel(dots[i * rows + j]!, i, j);
  }
  const views = Array.from({ length: rows }, (_, i) => gram.subarray(i * rows, (i + 1) * rows));
  return { rows, diagonal, row: (i) => views[i]! };
}

/** Rows computed by `fill` on first use; least recently used rows are dropped beyond `capacity`. */
export function cached(
  rows: number,
  diagonal: Float64Array,
  capacity: number,
  fill: (i: number, out: Float64Array) => void,
): KernelMatrix {
  if (capacity >= rows) {
    // Every row fits: a plain array, no LRU bookkeeping on the solver's hot path.
    const all: (Float64Array | undefined)[] = new Array(rows);
    return {
      rows,
      diagonal,
      row: (i) => {
        let hit = all[i];
        if (!hit) fill(i, (hit = all[i] = new Float64Array(rows)));
        return hit;
      },
    };
  }
  const cache = new Map<number, Float64Array>();
  const row = (i: number): Float64Array => {
    let hit = cache.get(i);
    if (hit) {
      cache.delete(i);
    } else {
      if (cache.size >= capacity) {
        const oldest = cache.keys().next().value as number;
        hit = cache.get(oldest);
        cache.delete(oldest);
      }
      hit ??= new Float64Array(rows);
      fill(i, hit);
    }
    cache.set(i, hit);
    return hit;
  };
  return { rows, diagonal, row };
}
