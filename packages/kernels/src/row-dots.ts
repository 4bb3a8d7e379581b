import { assert } from '@emocode/core';
import { rowDotsKernel, rowRbfKernel, TILE_COLS, TILE_ROWS } from './row-dots-module.js';
import { kernelCompiles, standaloneKernel, type StandaloneKernel } from './standalone-kernel.js';

/** Rows of `a` per panel (~400 kB at 1582 dims), passed against every block of `b`. */
const PANEL_ROWS = 32;
/** Multiply-adds below which a product runs on the calling thread alone. */
const MIN_THREADED_WORK = 2 ** 25;
/** Rows of `b` per block: a block (~200 kB at 1582 dims) stays in L2 while a panel passes it. */
const BLOCK_COLS = 32;

/** How {@link rowDots} and {@link symmetricRowDots} run. */
export interface RowDotsOptions {
  /**
   * RBF width: each product becomes exp(−gamma · max(0, |a_i|² + |b_j|² − 2 a_i·b_j)) as its tile
   * is stored (on wasm a float32 exp in the same SIMD pass).
   */
  rbfGamma?: number;
  /** 'wasm' (SIMD, float32 sums; the default where WebAssembly SIMD runs) or 'js' (float64 sums). */
  engine?: 'wasm' | 'js';
}

/** The engine {@link rowDots} uses by default on this runtime. */
export function rowDotsEngine(): 'wasm' | 'js' {
  return kernelCompiles(rowDotsKernel) ? 'wasm' : 'js';
}

/**
 * All dot products of the rows of `a` (aRows x dims) with the rows of `b` (bRows x dims), both
 * row-major float32, or their RBF kernel values (`rbfGamma`): `out[i · bRows + j]`. On
 * WebAssembly SIMD it is a blocked matrix product `A·Bᵀ` in 2 x 4 register tiles (sums in
 * float32 lanes) on a memory kept between calls; elsewhere a plain loop summing in float64.
 * @throws EmocodeError EMOCODE_SHAPE_MISMATCH when a length is not rows x dims.
 * @example const dots = rowDots(xTest, testRows, sv, svCount, dims);
 */
export function rowDots(
  a: Float32Array,
  aRows: number,
  b: Float32Array,
  bRows: number,
  dims: number,
  options: RowDotsOptions = {},
): Float32Array {
  const { values, stride } = rowDotsView(a, aRows, b, bRows, dims, options);
  if (stride === bRows) return values.slice();
  const out = new Float32Array(aRows * bRows);
  for (let i = 0; i < aRows; i++) for (let j = 0; j < bRows; j++) out[i * bRows + j] = values[i * stride + j]!;
  return out;
}

/**
 * {@link rowDots} without the copy: `values[i · stride + j]`, a view of the product's memory
 * that the next `rowDots` or `rowDotsView` call of the same kind (RBF or plain) overwrites. For reading the product once, right
 * away (copying it out of the threads' shared memory costs about a third of the product).
 * @throws EmocodeError EMOCODE_SHAPE_MISMATCH as {@link rowDots}.
 * @example const { values, stride } = rowDotsView(xTest, testRows, sv, svCount, dims, { rbfGamma });
 */
export function rowDotsView(
  a: Float32Array,
  aRows: number,
  b: Float32Array,
  bRows: number,
  dims: number,
  options: RowDotsOptions = {},
): { values: Float32Array; stride: number } {
  const { rbfGamma } = options;
  if (options.engine === 'js' || rowDotsEngine() === 'js')
    return { values: rowDotsWith(b, bRows, dims, 'js')(a, aRows, rbfGamma), stride: bRows };
  checkRows(b, bRows, dims, 'b');
  checkRows(a, aRows, dims, 'a');
  const kernel = scratchKernel(rbfGamma !== undefined);
  const bLayout = paddedLayout(bRows, dims, TILE_COLS);
  copyPadded(kernel.heap(bLayout.end * 4), 0, b, bLayout);
  return productInPlace(kernel, bLayout, a, aRows, rbfGamma);
}

// One kernel per variant for the one-shot products, its memory kept between calls: a fresh
// memory's pages fault in on first touch, which cost a product of predict's size (1232 x 1711
// x 1582) about 100 ms, as much as half the product itself.
const scratch = new Map<boolean, StandaloneKernel>();
function scratchKernel(rbf: boolean): StandaloneKernel {
  let kernel = scratch.get(rbf);
  if (!kernel) {
    kernel = standaloneKernel(rbf ? rowRbfKernel : rowDotsKernel)!;
    scratch.set(rbf, kernel);
  }
  return kernel;
}

/**
 * The symmetric product of `a` (rows x dims) with itself, as one view per row (`rows` values
 * each): `out[i][j] = a_i · a_j` or its RBF value. On wasm only the panels' tiles on and right
 * of the diagonal are computed and the rest mirrored, and the rows are views into the
 * product's own memory (no copy of the rows² result).
 * @throws EmocodeError EMOCODE_SHAPE_MISMATCH when a.length is not rows x dims.
 * @example const gram = symmetricRowDots(x, rows, dims, { rbfGamma: 1 / dims });
 */
export function symmetricRowDots(a: Float32Array, rows: number, dims: number, options: RowDotsOptions = {}): Float32Array[] {
  checkRows(a, rows, dims, 'a');
  const { rbfGamma } = options;
  const kernel = options.engine === 'js' ? undefined : standaloneKernel(rbfGamma === undefined ? rowDotsKernel : rowRbfKernel);
  if (!kernel) {
    const out = new Float32Array(rows * rows);
    jsProduct({ a, aRows: rows, b: a, bRows: rows, dims, symmetric: true, rbfGamma, out });
    return Array.from({ length: rows }, (_, i) => out.subarray(i * rows, (i + 1) * rows));
  }
  const layout = paddedLayout(rows, dims, TILE_COLS);
  const stride = layout.padded;
  const heap = kernel.heap((layout.end + layout.padded * stride) * 4);
  copyPadded(heap, 0, a, layout);
  wasmProduct(kernel, {
    aBase: 0,
    aRows: rows,
    bBase: 0,
    b: layout,
    outBase: layout.end,
    symmetric: true,
    rbfGamma,
    squaresA: layout.squares,
    squaresB: layout.squares,
  });
  const out = heap.subarray(layout.end);
  mirrorPanels(out, rows, stride);
  return Array.from({ length: rows }, (_, i) => out.subarray(i * stride, i * stride + rows));
}

/**
 * The product with `b` (bRows x dims) kept resident: each call takes rows `a` and returns
 * `rowDots(a, aRows, b, bRows, dims, { rbfGamma })`, copying only `a`. For many small products
 * with one matrix (kernel rows on demand, test rows in chunks).
 * @throws EmocodeError EMOCODE_SHAPE_MISMATCH as {@link rowDots}.
 * @example const kernelRow = rowDotsWith(x, rows, dims)(x.subarray(i * dims, (i + 1) * dims), 1, gamma);
 */
export function rowDotsWith(
  b: Float32Array,
  bRows: number,
  dims: number,
  engine?: 'wasm' | 'js',
): (a: Float32Array, aRows: number, rbfGamma?: number) => Float32Array {
  checkRows(b, bRows, dims, 'b');
  if (engine === 'js' || rowDotsEngine() === 'js') {
    return (a, aRows, rbfGamma) => {
      checkRows(a, aRows, dims, 'a');
      const out = new Float32Array(aRows * bRows);
      jsProduct({ a, aRows, b, bRows, dims, symmetric: false, rbfGamma, out });
      return out;
    };
  }
  const bLayout = paddedLayout(bRows, dims, TILE_COLS);
  // One instance per variant, each with its own copy of b, made on first use.
  const variants = new Map<boolean, StandaloneKernel>();
  const variant = (rbf: boolean): StandaloneKernel => {
    let kernel = variants.get(rbf);
    if (!kernel) {
      kernel = standaloneKernel(rbf ? rowRbfKernel : rowDotsKernel)!;
      copyPadded(kernel.heap(bLayout.end * 4), 0, b, bLayout);
      variants.set(rbf, kernel);
    }
    return kernel;
  };
  return (a, aRows, rbfGamma) => {
    checkRows(a, aRows, dims, 'a');
    const { values, stride } = productInPlace(variant(rbfGamma !== undefined), bLayout, a, aRows, rbfGamma);
    const out = new Float32Array(aRows * bRows);
    for (let i = 0; i < aRows; i++) out.set(values.subarray(i * stride, i * stride + bRows), i * bRows);
    return out;
  };
}

/** The product of rows `a` with the matrix already at offset 0 of `kernel`'s memory (laid out as `bLayout`), in that memory. */
function productInPlace(
  kernel: StandaloneKernel,
  bLayout: Layout,
  a: Float32Array,
  aRows: number,
  rbfGamma: number | undefined,
): { values: Float32Array; stride: number } {
  const aLayout = paddedLayout(aRows, bLayout.dims, TILE_ROWS);
  const outBase = bLayout.end + aLayout.end;
  const heap = kernel.heap((outBase + aLayout.padded * bLayout.padded) * 4);
  copyPadded(heap, bLayout.end, a, aLayout);
  const squares = { squaresA: bLayout.end + aLayout.squares, squaresB: bLayout.squares };
  wasmProduct(kernel, { aBase: bLayout.end, aRows, bBase: 0, b: bLayout, outBase, symmetric: false, rbfGamma, ...squares });
  return { values: heap.subarray(outBase, outBase + aRows * bLayout.padded), stride: bLayout.padded };
}

function checkRows(m: Float32Array, rows: number, dims: number, name: string): void {
  assert(
    Number.isInteger(rows) && rows >= 0 && m.length === rows * dims,
    () => `rowDots: ${name} must hold ${rows} rows of ${dims} values, got ${m.length}.`,
    'EMOCODE_SHAPE_MISMATCH',
  );
}

const roundUp = (n: number, step: number): number => Math.ceil(n / step) * step;

/**
 * A matrix in kernel memory: `rows` of `dims` floats, each padded to `width`, rows padded to
 * `padded`, then the rows' squared norms at `squares`; `end` floats in all (a multiple of 4).
 */
interface Layout {
  rows: number;
  dims: number;
  width: number;
  padded: number;
  squares: number;
  end: number;
}

function paddedLayout(rows: number, dims: number, rowMultiple: number): Layout {
  const width = roundUp(dims, 4);
  const padded = roundUp(rows, rowMultiple);
  return { rows, dims, width, padded, squares: padded * width, end: padded * width + roundUp(padded, 4) };
}

/**
 * Rows of `src` and their squared norms (float64 sums) at float offset `base`, zero padded as
 * `layout` says (only the pads are zeroed: a fresh memory's pages stay untouched until written).
 */
function copyPadded(heap: Float32Array, base: number, src: Float32Array, layout: Layout): void {
  const { rows, dims, width, padded } = layout;
  for (let r = 0; r < rows; r++) {
    heap.set(src.subarray(r * dims, (r + 1) * dims), base + r * width);
    heap.fill(0, base + r * width + dims, base + (r + 1) * width);
  }
  heap.fill(0, base + rows * width, base + padded * width);
  heap.set(rowSquares(src, rows, dims), base + layout.squares);
  heap.fill(0, base + layout.squares + rows, base + layout.end);
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

interface JsProduct {
  a: Float32Array;
  aRows: number;
  b: Float32Array;
  bRows: number;
  dims: number;
  symmetric: boolean;
  rbfGamma: number | undefined;
  out: Float32Array;
}

function jsProduct({ a, aRows, b, bRows, dims, symmetric, rbfGamma, out }: JsProduct): void {
  const [squaresA, squaresB] = [rowSquares(a, aRows, dims), rowSquares(b, bRows, dims)];
  for (let i = 0; i < aRows; i++) {
    const ai = i * dims;
    for (let j = symmetric ? i : 0; j < bRows; j++) {
      const bj = j * dims;
      let dot = 0;
      for (let k = 0; k < dims; k++) dot += a[ai + k]! * b[bj + k]!;
      const value = rbfGamma === undefined ? dot : Math.exp(-rbfGamma * Math.max(0, squaresA[i]! + squaresB[j]! - 2 * dot));
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
  /** The output: a row of `b.padded` floats per row of `a`. */
  outBase: number;
  symmetric: boolean;
  rbfGamma: number | undefined;
  squaresA: number;
  squaresB: number;
}

/**
 * Panels of PANEL_ROWS rows of `a` against blocks of BLOCK_COLS rows of `b` (float offsets into
 * the kernel's memory); a symmetric product skips the blocks left of each panel.
 */
function wasmProduct(kernel: StandaloneKernel, p: WasmProduct): void {
  const { aBase, aRows, b, outBase, symmetric } = p;
  const stride = b.width * 4;
  const rbf = p.rbfGamma === undefined ? [] : [p.squaresB * 4, -p.rbfGamma];
  const panels: number[][][] = [];
  for (let first = 0; first < aRows; first += PANEL_ROWS) {
    const rows = roundUp(Math.min(aRows, first + PANEL_ROWS) - first, TILE_ROWS);
    const squaresA = rbf.length ? [(p.squaresA + first) * 4] : [];
    const out = (outBase + first * b.padded) * 4;
    const calls: number[][] = [];
    for (let c = symmetric ? first : 0; c < b.padded; c += BLOCK_COLS) {
      calls.push([
        (aBase + first * b.width) * 4,
        p.bBase * 4,
        out,
        rows,
        c,
        Math.min(c + BLOCK_COLS, b.padded),
        stride,
        b.padded * 4,
        ...squaresA,
        ...rbf,
      ]);
    }
    panels.push(calls);
  }
  // Threads pay off from about a millisecond of work (a worker's share starts in ~0.1 ms).
  if (aRows * b.rows * b.width < MIN_THREADED_WORK) for (const calls of panels) for (const args of calls) kernel.run(...args);
  else kernel.runAll(panels);
}

/**
 * Fills the entries left of each panel (j < the panel's first row) of an n x n product with row
 * stride `stride` from their mirror, square by square.
 */
function mirrorPanels(out: Float32Array, n: number, stride: number): void {
  for (let i0 = PANEL_ROWS; i0 < n; i0 += PANEL_ROWS) {
    const iEnd = Math.min(n, i0 + PANEL_ROWS);
    for (let j0 = 0; j0 < i0; j0 += PANEL_ROWS) {
      for (let i = i0; i < iEnd; i++) for (let j = j0; j < j0 + PANEL_ROWS; j++) out[i * stride + j] = out[j * stride + i]!;
    }
  }
}
