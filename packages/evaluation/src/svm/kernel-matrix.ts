import { rowDotsWith, rowSquares, symmetricRowDots } from '@emocode/kernels';

/**
 * Kernel values between training rows: `row(i)[j] = K(x_i, x_j)` for every training row j,
 * stored in float32 like libsvm's Qfloat.
 */
export interface KernelMatrix {
  rows: number;
  row(i: number): Float32Array;
  diagonal: Float64Array;
}

/**
 * Kernel matrix of `x` (rows x dims). When the full matrix fits in `cacheBytes` it is one
 * symmetric SIMD product with the RBF exponent applied in the same pass (see `rowDots`);
 * otherwise rows are computed on demand (one row against the resident matrix) and kept in an
 * LRU cache of that size, like libsvm.
 */
export function kernelMatrix(
  x: Float32Array,
  rows: number,
  dims: number,
  kernel: 'rbf' | 'linear',
  gamma: number,
  cacheBytes: number,
): KernelMatrix {
  const diagonal = kernel === 'rbf' ? new Float64Array(rows).fill(1) : rowSquares(x, rows, dims);
  const rbfGamma = kernel === 'rbf' ? gamma : undefined;
  if (rows * rows * 4 <= cacheBytes) {
    const views = symmetricRowDots(x, rows, dims, rbfGamma === undefined ? {} : { rbfGamma });
    return { rows, diagonal, row: (i) => views[i]! };
  }
  const withX = rowDotsWith(x, rows, dims);
  return cached(rows, diagonal, Math.max(2, Math.floor(cacheBytes / (rows * 4))), (i, out) => {
    out.set(withX(x.subarray(i * dims, (i + 1) * dims), 1, rbfGamma));
  });
}

/** Rows computed by `fill` on first use; least recently used rows are dropped beyond `capacity`. */
export function cached(rows: number, diagonal: Float64Array, capacity: number, fill: (i: number, out: Float32Array) => void): KernelMatrix {
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
