import { countedLoop, op, valueType, type KernelFunction } from './assembler.js';

/** Rows of A and of B per register tile: 2 x 4 dot products, 8 f32x4 accumulators. */
export const TILE_ROWS = 2;
export const TILE_COLS = 4;

// Parameters: byte pointers to the first A row, to B row 0 and to the output of the first A row;
// the A row count (a multiple of TILE_ROWS); the B rows [colFrom, colTo) (multiples of
// TILE_COLS); the row stride of A and B in bytes (a multiple of 16, zero padded); the output's
// row stride in bytes.
const [A, B, OUT, ROWS, COL_FROM, COL_TO, STRIDE, OUT_STRIDE] = [0, 1, 2, 3, 4, 5, 6, 7];
// i32 locals: row and column counters, the byte offset along the rows, the tile's row addresses.
const [ROW, COL, K, PA, PB] = [8, 9, 10, 11, 13];
// v128 locals: the accumulators (row-major in the tile), the B vectors, one A vector, two sums.
const [ACC, BV, AV, T] = [17, 25, 29, 30];

const get = op.localGet;
const set = op.localSet;
const plus = (a: number[], b: number[]) => [...a, ...b, ...op.i32Add];
const times = (a: number[], b: number[]) => [...a, ...b, ...op.i32Mul];
const rowsOf = (first: number, count: number) => Array.from({ length: count }, (_, r) => first + r);
const acc = (r: number, c: number) => ACC + r * TILE_COLS + c;

const tileAddresses = [
  ...rowsOf(1, TILE_ROWS - 1).flatMap((r) => [...plus(get(PA + r - 1), get(STRIDE)), ...set(PA + r)]),
  ...plus(get(B), times(get(COL), get(STRIDE))), ...set(PB),
  ...rowsOf(1, TILE_COLS - 1).flatMap((c) => [...plus(get(PB + c - 1), get(STRIDE)), ...set(PB + c)]),
];

const zeroAccumulators = rowsOf(ACC, TILE_ROWS * TILE_COLS).flatMap((local) => [...op.i32Const(0), ...op.i32x4Splat, ...set(local)]);

// One step of 4 floats along the rows: 4 B vectors, then each A vector against all of them.
const step = [
  ...rowsOf(0, TILE_COLS).flatMap((c) => [...plus(get(PB + c), get(K)), ...op.load, ...set(BV + c)]),
  ...rowsOf(0, TILE_ROWS).flatMap((r) => [
    ...plus(get(PA + r), get(K)), ...op.load, ...set(AV),
    ...rowsOf(0, TILE_COLS).flatMap((c) => [...get(acc(r, c)), ...get(AV), ...get(BV + c), ...op.f32x4Mul, ...op.f32x4Add, ...set(acc(r, c))]),
  ]),
];

/** `[Σ acc(r,0), Σ acc(r,1), Σ acc(r,2), Σ acc(r,3)]` by two rounds of interleave-and-add. */
const pairSum = (x: number, y: number, t: number) => [
  ...get(x), ...get(y), ...op.i32x4Shuffle([0, 4, 1, 5]), ...get(x), ...get(y), ...op.i32x4Shuffle([2, 6, 3, 7]), ...op.f32x4Add, ...set(t),
];
const storeRow = (r: number) => [
  ...pairSum(acc(r, 0), acc(r, 1), T),
  ...pairSum(acc(r, 2), acc(r, 3), T + 1),
  ...plus(plus(get(OUT), times(plus(get(ROW), op.i32Const(r)), get(OUT_STRIDE))), times(get(COL), op.i32Const(4))),
  ...get(T), ...get(T + 1), ...op.i32x4Shuffle([0, 1, 4, 5]), ...get(T), ...get(T + 1), ...op.i32x4Shuffle([2, 3, 6, 7]), ...op.f32x4Add,
  ...op.store,
];

const tile = [
  ...tileAddresses,
  ...zeroAccumulators,
  ...op.i32Const(0), ...set(K),
  ...countedLoop(K, STRIDE, 16, step),
  ...rowsOf(0, TILE_ROWS).flatMap(storeRow),
];

const rowPair = [
  ...plus(get(A), times(get(ROW), get(STRIDE))), ...set(PA),
  ...get(COL_FROM), ...set(COL),
  ...countedLoop(COL, COL_TO, TILE_COLS, tile),
];

/**
 * `out[r][c] = Σ_k a[r][k] · b[c][k]` for r < rows and colFrom <= c < colTo, float32 rows in
 * memory, accumulated in four f32x4 lanes per product: each pass over 4 floats of a 2 x 4 tile
 * loads 6 vectors for 8 multiply-adds. The caller pads rows with zeros to the strides and the
 * counts to the tile; blocking for the caches is the caller's.
 * `rowDots(a, b, out, rows, colFrom, colTo, stride, outStride)`, byte pointers and strides.
 */
export const rowDotsKernel: KernelFunction = {
  exportName: 'rowDots',
  params: Array<typeof valueType.i32>(8).fill(valueType.i32),
  locals: [[9, valueType.i32], [15, valueType.v128]],
  code: [
    ...op.i32Const(0), ...set(ROW),
    ...countedLoop(ROW, ROWS, TILE_ROWS, rowPair),
  ],
};
