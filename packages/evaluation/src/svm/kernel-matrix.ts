import { rowDots, rowDotsWith, type DotMap } from '@emocode/kernels';

/**
 * Kernel values between training rows: `row(i)[j] = K(x_i, x_j)` for every training row j,
 * stored in float32 like libsvm's Qfloat.
 */
export interface KernelMatrix {
  rows: number;
  row(i: number): Float32Array;
  diagonal: Float64Array;
}

/** Squared norms of the rows of `x` (rows x dims), summed in float64. */
export function rowSquares(x: Float32Array, rows: number, dims: number): Float64Array {
  const out = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    let s = 0;
    for (let k = r * dims; k < (r + 1) * dims; k++) s += x[k]! * x[k]!;
    out[r] = s;
  }
  return out;
}

/**
 * The kernel as a function of a dot product of row i of A and row j of B, given both sets of
 * squared norms: the dot itself (linear) or exp(−gamma · |a_i − b_j|²) (RBF).
 */
export function kernelOfDot(kernel: 'rbf' | 'linear', gamma: number, squaresA: Float64Array, squaresB: Float64Array): DotMap {
  if (kernel === 'linear') return (dot) => dot;
  return (dot, i, j) => Math.exp(-gamma * Math.max(0, squaresA[i]! + squaresB[j]! - 2 * dot));
}

/**
 * Kernel matrix of `x` (rows x dims). When the full matrix fits in `cacheBytes` it is one
 * symmetric SIMD product with the kernel applied panel by panel (see `rowDots`); otherwise rows
 * are computed on demand (a product of one row with the resident matrix) and kept in an LRU
 * cache of that size, like libsvm. `dots`, the products X·Xᵀ when the caller already has them
 * (one per fold, reused across a hyper-parameter grid), skips the product; read, never written.
 */
export function kernelMatrix(
  x: Float32Array,
  rows: number,
  dims: number,
  kernel: 'rbf' | 'linear',
  gamma: number,
  cacheBytes: number,
  dots?: Float32Array,
): KernelMatrix {
  const squares = rowSquares(x, rows, dims);
  const toKernel = kernelOfDot(kernel, gamma, squares, squares);
  const diagonal = Float64Array.from(squares, (s, i) => toKernel(s, i, i));
  if (dots) return precomputed(mapDots(dots, rows, toKernel), rows, diagonal);
  if (rows * rows * 4 <= cacheBytes) {
    return precomputed(rowDots(x, rows, x, rows, dims, { symmetric: true, ...(kernel === 'rbf' ? { map: toKernel } : {}) }), rows, diagonal);
  }
  const dotsWithX = rowDotsWith(x, rows, dims);
  return cached(rows, diagonal, Math.max(2, Math.floor(cacheBytes / (rows * 4))), (i, out) => {
    out.set(dotsWithX(x.subarray(i * dims, (i + 1) * dims), 1, (dot, _, j) => toKernel(dot, i, j)));
  });
}

function mapDots(dots: Float32Array, rows: number, toKernel: DotMap): Float32Array {
  const out = new Float32Array(rows * rows);
  for (let i = 0; i < rows; i++) for (let j = 0; j < rows; j++) out[i * rows + j] = toKernel(dots[i * rows + j]!, i, j);
  return out;
}

function precomputed(values: Float32Array, rows: number, diagonal: Float64Array): KernelMatrix {
  const views = Array.from({ length: rows }, (_, i) => values.subarray(i * rows, (i + 1) * rows));
  return { rows, diagonal, row: (i) => views[i]! };
}

/** Rows computed by `fill` on first use; least recently used rows are dropped beyond `capacity`. */
export function cached(
  rows: number,
  diagonal: Float64Array,
  capacity: number,
  fill: (i: number, out: Float32Array) => void,
): KernelMatrix {
  if (capacity >= rows) {
    // Every row fits: a plain array, no LRU bookkeeping on the solver's hot path.
    const all: (Float32Array | undefined)[] = new Array(rows);
    return {
      rows,
      diagonal,
      row: (i) => {
        let hit = all[i];
        if (!hit) fill(i, (hit = all[i] = new Float32Array(rows)));
        return hit;
      },
    };
  }
  const cache = new Map<number, Float32Array>();
  const row = (i: number): Float32Array => {
    let hit = cache.get(i);
    if (hit) {
      cache.delete(i);
    } else {
      if (cache.size >= capacity) {
        const oldest = cache.keys().next().value as number;
        hit = cache.get(oldest);
        cache.delete(oldest);
      }
      hit ??= new Float32Array(rows);
      fill(i, hit);
    }
    cache.set(i, hit);
    return hit;
  };
  return { rows, diagonal, row };
}
