import { assert } from '@emocode/core';
import { rowDotsKernel, TILE_COLS, TILE_ROWS } from './row-dots-module.js';
import { standaloneKernel, type StandaloneKernel } from './standalone-kernel.js';

/** Rows of `a` per panel: a panel's products are mapped and copied out while still in cache. */
const PANEL_ROWS = 64;
/** Rows of `b` per block: a block (~200 kB at 1582 dims) stays in L2 while a panel passes it. */
const BLOCK_COLS = 32;

/** Maps a dot product of row i of `a` and row j of `b` (e.g. to an RBF kernel value). */
export type DotMap = (dot: number, i: number, j: number) => number;

/** How {@link rowDots} runs. */
export interface RowDotsOptions {
  /**
   * `b` is `a`: only the panels' tiles on and right of the diagonal are computed, the rest is
   * mirrored, so `map` must be symmetric in (i, j).
   */
  symmetric?: boolean;
  /** Applied to each product as its panel is copied out, cache-hot. */
  map?: DotMap;
  /** 'wasm' (SIMD, float32 sums; the default where WebAssembly SIMD runs) or 'js' (float64 sums). */
  engine?: 'wasm' | 'js';
}

/** The engine {@link rowDots} uses by default on this runtime. */
export function rowDotsEngine(): 'wasm' | 'js' {
  return standaloneKernel(rowDotsKernel) ? 'wasm' : 'js';
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
  const symmetric = options.symmetric ?? false;
  assert(!symmetric || a === b, () => 'rowDots: a symmetric product needs b to be a itself.', 'EMOCODE_SHAPE_MISMATCH');
  if (!symmetric) return rowDotsWith(b, bRows, dims, options.engine)(a, aRows, options.map);
  checkRows(a, aRows, dims, 'a');
  const kernel = options.engine === 'js' ? undefined : standaloneKernel(rowDotsKernel);
  const out = new Float32Array(aRows * aRows);
  if (!kernel) {
    jsProduct(a, aRows, a, aRows, dims, true, options.map, out);
    return out;
  }
  const layout = paddedLayout(aRows, dims, TILE_COLS);
  const heap = kernel.heap((layout.end + PANEL_ROWS * layout.padded) * 4);
  copyPadded(heap, 0, a, aRows, layout);
  wasmProduct(kernel, heap, { aBase: 0, aRows, bBase: 0, b: layout, outBase: layout.end, symmetric: true, map: options.map, out });
  mirrorPanels(out, aRows);
  return out;
}

/**
 * The product with `b` (bRows x dims) kept resident: each call takes rows `a` and returns
 * `rowDots(a, aRows, b, bRows, dims, { map })`, copying only `a`. For many small products with
 * one matrix (kernel rows on demand, test rows in chunks).
 * @throws EmocodeError EMOCODE_SHAPE_MISMATCH as {@link rowDots}.
 * @example const kernelRow = rowDotsWith(x, rows, dims)(x.subarray(i * dims, (i + 1) * dims), 1);
 */
export function rowDotsWith(b: Float32Array, bRows: number, dims: number, engine?: 'wasm' | 'js'): (a: Float32Array, aRows: number, map?: DotMap) => Float32Array {
  checkRows(b, bRows, dims, 'b');
  const kernel = engine === 'js' ? undefined : standaloneKernel(rowDotsKernel);
  if (!kernel) {
    return (a, aRows, map) => {
      checkRows(a, aRows, dims, 'a');
      const out = new Float32Array(aRows * bRows);
      jsProduct(a, aRows, b, bRows, dims, false, map, out);
      return out;
    };
  }
  const bLayout = paddedLayout(bRows, dims, TILE_COLS);
  copyPadded(kernel.heap(bLayout.end * 4), 0, b, bRows, bLayout);
  return (a, aRows, map) => {
    checkRows(a, aRows, dims, 'a');
    const aLayout = paddedLayout(aRows, dims, TILE_ROWS);
    const outBase = bLayout.end + aLayout.end;
    const heap = kernel.heap((outBase + PANEL_ROWS * bLayout.padded) * 4);
    copyPadded(heap, bLayout.end, a, aRows, aLayout);
    const out = new Float32Array(aRows * bRows);
    wasmProduct(kernel, heap, { aBase: bLayout.end, aRows, bBase: 0, b: bLayout, outBase, symmetric: false, map, out });
    return out;
  };
}

function checkRows(m: Float32Array, rows: number, dims: number, name: string): void {
  assert(
    Number.isInteger(rows) && rows >= 0 && m.length === rows * dims,
    () => `rowDots: ${name} must hold ${rows} rows of ${dims} values, got ${m.length}.`,
    'EMOCODE_SHAPE_MISMATCH',
  );
}

const roundUp = (n: number, step: number): number => Math.ceil(n / step) * step;

/** A matrix in kernel memory: `rows` of `dims` floats, each padded to `width`, rows padded to `padded`. */
interface Layout {
  rows: number;
  dims: number;
  width: number;
  padded: number;
  /** Floats taken. */
  end: number;
}

function paddedLayout(rows: number, dims: number, rowMultiple: number): Layout {
  const width = roundUp(dims, 4);
  const padded = roundUp(rows, rowMultiple);
  return { rows, dims, width, padded, end: padded * width };
}

/** Rows of `src` at float offset `base`, zero padded as `layout` says. */
function copyPadded(heap: Float32Array, base: number, src: Float32Array, rows: number, layout: Layout): void {
  heap.fill(0, base, base + layout.end);
  for (let r = 0; r < rows; r++) heap.set(src.subarray(r * layout.dims, (r + 1) * layout.dims), base + r * layout.width);
}

function jsProduct(a: Float32Array, aRows: number, b: Float32Array, bRows: number, dims: number, symmetric: boolean, map: DotMap | undefined, out: Float32Array): void {
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

interface WasmProduct {
  aBase: number;
  aRows: number;
  bBase: number;
  b: Layout;
  outBase: number;
  symmetric: boolean;
  map: DotMap | undefined;
  out: Float32Array;
}

/** Panels of PANEL_ROWS rows of `a` against blocks of BLOCK_COLS rows of `b` (float offsets into `heap`). */
function wasmProduct(kernel: StandaloneKernel, heap: Float32Array, { aBase, aRows, bBase, b, outBase, symmetric, map, out }: WasmProduct): void {
  const stride = b.width * 4;
  for (let p = 0; p < aRows; p += PANEL_ROWS) {
    const end = Math.min(aRows, p + PANEL_ROWS);
    const colFrom = symmetric ? p : 0;
    for (let c = colFrom; c < b.padded; c += BLOCK_COLS) {
      kernel.run((aBase + p * b.width) * 4, bBase * 4, outBase * 4, roundUp(end - p, TILE_ROWS), c, Math.min(c + BLOCK_COLS, b.padded), stride, b.padded * 4);
    }
    for (let i = p; i < end; i++) {
      const from = outBase + (i - p) * b.padded;
      const to = i * b.rows;
      if (!map) out.set(heap.subarray(from + colFrom, from + b.rows), to + colFrom);
      else for (let j = colFrom; j < b.rows; j++) out[to + j] = map(heap[from + j]!, i, j);
    }
  }
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
