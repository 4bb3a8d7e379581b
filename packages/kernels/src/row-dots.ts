import { assert } from '@emocode/core';
import { rowDotsKernel, TILE_COLS, TILE_ROWS } from './row-dots-module.js';
import { standaloneKernel, type StandaloneKernel } from './standalone-kernel.js';

/** Rows of `a` per panel: a panel's products are mapped and copied out while still in cache. */
const PANEL_ROWS = 64;
/** Rows of `b` per block: a block (~200 kB at 1582 dims) stays in L2 while a panel passes it. */
const BLOCK_COLS = 32;

/** How {@link rowDots} runs. */
export interface RowDotsOptions {
  /**
   * `b` is `a`: only the panels' tiles on and right of the diagonal are computed, the rest is
   * mirrored, so `map` must be symmetric in (i, j).
   */
  symmetric?: boolean;
  /** Maps each product (e.g. to an RBF kernel value) as its panel is copied out, cache-hot. */
  map?: (dot: number, i: number, j: number) => number;
  /** 'wasm' (SIMD, float32 sums; the default where WebAssembly SIMD runs) or 'js' (float64 sums). */
  engine?: 'wasm' | 'js';
}

let simdKernel: StandaloneKernel | undefined | null = null;

/** The engine {@link rowDots} uses by default on this runtime. */
export function rowDotsEngine(): 'wasm' | 'js' {
  simdKernel ??= standaloneKernel(rowDotsKernel);
  return simdKernel ? 'wasm' : 'js';
}

/**
 * All dot products of the rows of `a` (aRows x dims) with the rows of `b` (bRows x dims), both
 * row-major float32: `out[i · bRows + j] = map(a_i · b_j, i, j)`. On WebAssembly SIMD it is a
 * blocked matrix product `A·Bᵀ` in 2 x 4 register tiles (sums in float32 lanes); elsewhere a
 * plain loop summing in float64.
 * @throws EmocodeError EMOCODE_SHAPE_MISMATCH when a length is not rows x dims, or a symmetric
 *   product is asked of two different matrices.
 * @example const gram = rowDots(x, rows, x, rows, dims, { symmetric: true });
 */
export function rowDots(a: Float32Array, aRows: number, b: Float32Array, bRows: number, dims: number, options: RowDotsOptions = {}): Float32Array {
  assert(
    a.length === aRows * dims && b.length === bRows * dims,
    () => `rowDots: a and b must hold ${aRows} and ${bRows} rows of ${dims} values, got ${a.length} and ${b.length}.`,
    'EMOCODE_SHAPE_MISMATCH',
  );
  const symmetric = options.symmetric ?? false;
  assert(!symmetric || a === b, () => 'rowDots: a symmetric product needs b to be a itself.', 'EMOCODE_SHAPE_MISMATCH');
  const out = new Float32Array(aRows * bRows);
  const engine = options.engine ?? rowDotsEngine();
  const product = { a, aRows, b, bRows, dims, symmetric, map: options.map, out };
  if (engine === 'wasm' && rowDotsEngine() === 'wasm') wasmRowDots(simdKernel!, product);
  else jsRowDots(product);
  return out;
}

interface Product {
  a: Float32Array;
  aRows: number;
  b: Float32Array;
  bRows: number;
  dims: number;
  symmetric: boolean;
  map: RowDotsOptions['map'];
  out: Float32Array;
}

const roundUp = (n: number, step: number): number => Math.ceil(n / step) * step;

function jsRowDots({ a, aRows, b, bRows, dims, symmetric, map, out }: Product): void {
  for (let i = 0; i < aRows; i++) {
    const ai = i * dims;
    for (let j = symmetric ? i : 0; j < bRows; j++) {
      const bj = j * dims;
      let dot = 0;
      for (let k = 0; k < dims; k++) dot += a[ai + k]! * b[bj + k]!;
      const value = map ? map(dot, i, j) : dot;
      out[i * bRows + j] = value;
      if (symmetric) out[j * bRows + i] = value;
    }
  }
}

/** Panels of PANEL_ROWS rows of `a` against blocks of BLOCK_COLS rows of `b`, on the kernel's memory. */
function wasmRowDots(kernel: StandaloneKernel, { a, aRows, b, bRows, dims, symmetric, map, out }: Product): void {
  const width = roundUp(dims, 4);
  const stride = width * 4;
  const aPadded = roundUp(aRows, symmetric ? TILE_COLS : TILE_ROWS);
  const bPadded = roundUp(bRows, TILE_COLS);
  const bBase = symmetric ? 0 : aPadded * width;
  const outBase = (symmetric ? 0 : bBase) + bPadded * width;
  const heap = kernel.heap((outBase + PANEL_ROWS * bPadded) * 4);
  copyPadded(heap, 0, a, aRows, aPadded, dims, width);
  if (!symmetric) copyPadded(heap, bBase, b, bRows, bPadded, dims, width);
  for (let p = 0; p < aRows; p += PANEL_ROWS) {
    const end = Math.min(aRows, p + PANEL_ROWS);
    const colFrom = symmetric ? p : 0;
    for (let c = colFrom; c < bPadded; c += BLOCK_COLS) {
      kernel.run(p * stride, bBase * 4, outBase * 4, roundUp(end - p, TILE_ROWS), c, Math.min(c + BLOCK_COLS, bPadded), stride, bPadded * 4);
    }
    for (let i = p; i < end; i++) {
      const from = outBase + (i - p) * bPadded;
      const to = i * bRows;
      if (!map) out.set(heap.subarray(from + colFrom, from + bRows), to + colFrom);
      else for (let j = colFrom; j < bRows; j++) out[to + j] = map(heap[from + j]!, i, j);
    }
  }
  if (symmetric) mirrorPanels(out, aRows);
}

/** Rows of `src` at float offset `base`, each zero padded to `width`, then zero rows up to `padded`. */
function copyPadded(heap: Float32Array, base: number, src: Float32Array, rows: number, padded: number, dims: number, width: number): void {
  heap.fill(0, base, base + padded * width);
  for (let r = 0; r < rows; r++) heap.set(src.subarray(r * dims, (r + 1) * dims), base + r * width);
}

/** Fills the entries left of each panel (j < the panel's first row) from their mirror, square by square. */
function mirrorPanels(out: Float32Array, n: number): void {
  for (let i0 = PANEL_ROWS; i0 < n; i0 += PANEL_ROWS) {
    const iEnd = Math.min(n, i0 + PANEL_ROWS);
    for (let j0 = 0; j0 < i0; j0 += PANEL_ROWS) {
      for (let i = i0; i < iEnd; i++) for (let j = j0; j < j0 + PANEL_ROWS; j++) out[i * n + j] = out[j * n + i]!;
    }
  }
}
