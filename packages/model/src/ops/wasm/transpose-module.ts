import { countedLoop, op, valueType, type KernelFunction } from '@emocode/kernels';

// Parameters: source and destination byte pointers, the bulk row and column counts (multiples of
// 4), the full row and column counts of the source, and a byte pointer to one bias per source
// row (0: no bias).
const [SRC, DST, ROWS4, COLS4, ROWS, COLS, BIAS] = [0, 1, 2, 3, 4, 5, 6];
// i32 locals: the row and column counters, the current source and destination addresses, and the
// row strides in bytes (1x, 2x, 3x) of source and destination.
const [ROW, COL, FROM, TO] = [7, 8, 9, 10];
const [SRC_STRIDE, DST_STRIDE] = [11, 14];
// v128 locals: four source rows, four half-transposed pairs, four splatted row biases.
const [R, T, B] = [17, 21, 25];

const get = op.localGet;
const plus = (a: number[], b: number[]) => [...a, ...b, ...op.i32Add];
const times = (a: number[], b: number[]) => [...a, ...b, ...op.i32Mul];
/** `local = 1x, 2x, 3x value` for the three stride locals starting at `local`. */
const strides = (local: number, value: number[]) =>
  [1, 2, 3].flatMap((k) => [...times(value, op.i32Const(k)), ...op.localSet(local + k - 1)]);
/** Address `base + stride·k` for k = 0..3. */
const rowAt = (base: number, stride: number, k: number) => (k === 0 ? get(base) : plus(get(base), get(stride + k - 1)));

const biases = [
  ...get(BIAS),
  ...op.i32Eqz,
  ...op.if,
  ...[0, 1, 2, 3].flatMap((k) => [...op.i32Const(0), ...op.i32x4Splat, ...op.localSet(B + k)]),
  ...op.else,
  ...[0, 1, 2, 3].flatMap((k) => [
    ...get(BIAS),
    ...plus(get(ROW), op.i32Const(k)),
    ...op.i32Const(2),
    ...op.i32Shl,
    ...op.i32Add,
    ...op.f32Load,
    ...op.f32x4Splat,
    ...op.localSet(B + k),
  ]),
  ...op.end,
];

// One 4x4 tile: load four source rows (plus their biases), interleave pairs, store four columns.
const tile = [
  ...[0, 1, 2, 3].flatMap((k) => [...rowAt(FROM, SRC_STRIDE, k), ...op.load, ...get(B + k), ...op.f32x4Add, ...op.localSet(R + k)]),
  ...get(R),
  ...get(R + 1),
  ...op.i32x4Shuffle([0, 4, 1, 5]),
  ...op.localSet(T),
  ...get(R),
  ...get(R + 1),
  ...op.i32x4Shuffle([2, 6, 3, 7]),
  ...op.localSet(T + 1),
  ...get(R + 2),
  ...get(R + 3),
  ...op.i32x4Shuffle([0, 4, 1, 5]),
  ...op.localSet(T + 2),
  ...get(R + 2),
  ...get(R + 3),
  ...op.i32x4Shuffle([2, 6, 3, 7]),
  ...op.localSet(T + 3),
  ...rowAt(TO, DST_STRIDE, 0),
  ...get(T),
  ...get(T + 2),
  ...op.i32x4Shuffle([0, 1, 4, 5]),
  ...op.store,
  ...rowAt(TO, DST_STRIDE, 1),
  ...get(T),
  ...get(T + 2),
  ...op.i32x4Shuffle([2, 3, 6, 7]),
  ...op.store,
  ...rowAt(TO, DST_STRIDE, 2),
  ...get(T + 1),
  ...get(T + 3),
  ...op.i32x4Shuffle([0, 1, 4, 5]),
  ...op.store,
  ...rowAt(TO, DST_STRIDE, 3),
  ...get(T + 1),
  ...get(T + 3),
  ...op.i32x4Shuffle([2, 3, 6, 7]),
  ...op.store,
  ...plus(get(FROM), op.i32Const(16)),
  ...op.localSet(FROM),
  ...plus(get(TO), times(get(DST_STRIDE), op.i32Const(4))),
  ...op.localSet(TO),
];

const rowBlock = [
  ...biases,
  ...plus(get(SRC), times(get(ROW), get(SRC_STRIDE))),
  ...op.localSet(FROM),
  ...plus(get(DST), times(get(ROW), op.i32Const(4))),
  ...op.localSet(TO),
  ...op.i32Const(0),
  ...op.localSet(COL),
  ...countedLoop(COL, COLS4, 4, tile),
];

/**
 * `dst = (src + bias·1ᵀ)ᵀ` for the leading `rows4 x cols4` block of a row-major `rows x cols`
 * float32 matrix on tfjs' wasm heap, in 4x4 SIMD tiles (tfjs' own transpose is a scalar loop,
 * about 8x slower on a 1582 x 1000 weight matrix). The caller does the ragged edges.
 * `transpose(src, dst, rows4, cols4, rows, cols, bias)`, byte pointers, `bias` 0 for none.
 */
export const transposeKernel: KernelFunction = {
  exportName: 'transpose',
  params: Array<typeof valueType.i32>(7).fill(valueType.i32),
  locals: [
    [10, valueType.i32],
    [12, valueType.v128],
  ],
  code: [
    ...strides(SRC_STRIDE, times(get(COLS), op.i32Const(4))),
    ...strides(DST_STRIDE, times(get(ROWS), op.i32Const(4))),
    ...op.i32Const(0),
    ...op.localSet(ROW),
    ...countedLoop(ROW, ROWS4, 4, rowBlock),
  ],
};
