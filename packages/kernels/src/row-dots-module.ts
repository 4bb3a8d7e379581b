import { countedLoop, op, valueType, type KernelFunction } from './assembler.js';

/** Rows of A and of B per register tile: 2 x 4 dot products, 8 f32x4 accumulators. */
export const TILE_ROWS = 2;
export const TILE_COLS = 4;

// Parameters of both variants: byte pointers to the first A row, to B row 0 and to the output
// of the first A row; the A row count (a multiple of TILE_ROWS); the B rows [colFrom, colTo)
// (multiples of TILE_COLS); the row stride of A and B in bytes (a multiple of 16, zero padded);
// the output's row stride in bytes. The RBF variant adds byte pointers to the squared norms of
// the first A row and of B row 0 (float32) and −gamma (f32).
const [A, B, OUT, ROWS, COL_FROM, COL_TO, STRIDE, OUT_STRIDE] = [0, 1, 2, 3, 4, 5, 6, 7];
const [SQUARES_A, SQUARES_B, NEG_GAMMA] = [8, 9, 10];

const get = op.localGet;
const set = op.localSet;
const plus = (a: number[], b: number[]) => [...a, ...b, ...op.i32Add];
const times = (a: number[], b: number[]) => [...a, ...b, ...op.i32Mul];
const indices = (first: number, count: number) => Array.from({ length: count }, (_, r) => first + r);

// exp on f32x4 for t <= 0 (Cephes expf): t = n·ln 2 + r with n = round(t·log2 e) and |r| <= ln2/2,
// exp(r) by a degree-7 polynomial, 2^n by building the float's exponent bits.
const EXP_MIN = -87.33; // exp(EXP_MIN) ≈ 1.2e-38, the smallest normal float; below it 2^n would not be one
const LOG2E = 1.4426950408889634;
const LN2_HIGH = 0.693359375;
const LN2_LOW = -2.1219444e-4;
const EXP_POLY = [5.0000001201e-1, 1.6666665459e-1, 4.1665795894e-2, 8.3334519073e-3, 1.3981999507e-3, 1.98756915e-4];

/** The locals of one variant, numbered after its parameters. */
function layout(params: number, rbf: boolean) {
  const i32 = { ROW: params, COL: params + 1, K: params + 2, PA: params + 3, PB: params + 3 + TILE_ROWS };
  const i32Count = 3 + TILE_ROWS + TILE_COLS;
  const v = params + i32Count;
  const v128 = {
    ACC: v,
    BV: v + TILE_ROWS * TILE_COLS,
    AV: v + TILE_ROWS * TILE_COLS + TILE_COLS,
    T: v + TILE_ROWS * TILE_COLS + TILE_COLS + 1,
  };
  // RBF: −gamma, the exp constants and two temporaries, splatted once.
  const C = v128.T + 2;
  const constants = {
    NEG_GAMMA: C,
    EXP_MIN: C + 1,
    LOG2E: C + 2,
    LN2_HIGH: C + 3,
    LN2_LOW: C + 4,
    ONE: C + 5,
    POLY: C + 6,
    N: C + 6 + EXP_POLY.length,
    R: C + 7 + EXP_POLY.length,
  };
  const v128Count = v128.T + 2 - v + (rbf ? 8 + EXP_POLY.length : 0);
  return {
    ...i32,
    ...v128,
    ...constants,
    locals: [
      [i32Count, valueType.i32],
      [v128Count, valueType.v128],
    ] as const,
  };
}

function rowKernel(rbf: boolean): KernelFunction {
  const params = rbf ? 11 : 8;
  const L = layout(params, rbf);
  const acc = (r: number, c: number) => L.ACC + r * TILE_COLS + c;

  const tileAddresses = [
    ...indices(1, TILE_ROWS - 1).flatMap((r) => [...plus(get(L.PA + r - 1), get(STRIDE)), ...set(L.PA + r)]),
    ...plus(get(B), times(get(L.COL), get(STRIDE))),
    ...set(L.PB),
    ...indices(1, TILE_COLS - 1).flatMap((c) => [...plus(get(L.PB + c - 1), get(STRIDE)), ...set(L.PB + c)]),
  ];
  const zeroAccumulators = indices(L.ACC, TILE_ROWS * TILE_COLS).flatMap((local) => [...op.i32Const(0), ...op.i32x4Splat, ...set(local)]);

  // One step of 4 floats along the rows: 4 B vectors, then each A vector against all of them.
  const step = [
    ...indices(0, TILE_COLS).flatMap((c) => [...plus(get(L.PB + c), get(L.K)), ...op.load, ...set(L.BV + c)]),
    ...indices(0, TILE_ROWS).flatMap((r) => [
      ...plus(get(L.PA + r), get(L.K)),
      ...op.load,
      ...set(L.AV),
      ...indices(0, TILE_COLS).flatMap((c) => [
        ...get(acc(r, c)),
        ...get(L.AV),
        ...get(L.BV + c),
        ...op.f32x4Mul,
        ...op.f32x4Add,
        ...set(acc(r, c)),
      ]),
    ]),
  ];

  /** `[x0+x2, y0+y2, x1+x3, y1+y3]` of two accumulators, into local `t`. */
  const pairSum = (x: number, y: number, t: number) => [
    ...get(x),
    ...get(y),
    ...op.i32x4Shuffle([0, 4, 1, 5]),
    ...get(x),
    ...get(y),
    ...op.i32x4Shuffle([2, 6, 3, 7]),
    ...op.f32x4Add,
    ...set(t),
  ];
  /** Pushes `[Σ acc(r,0), …, Σ acc(r,3)]`: the row's four dot products. */
  const rowSums = (r: number) => [
    ...pairSum(acc(r, 0), acc(r, 1), L.T),
    ...pairSum(acc(r, 2), acc(r, 3), L.T + 1),
    ...get(L.T),
    ...get(L.T + 1),
    ...op.i32x4Shuffle([0, 1, 4, 5]),
    ...get(L.T),
    ...get(L.T + 1),
    ...op.i32x4Shuffle([2, 3, 6, 7]),
    ...op.f32x4Add,
  ];
  /** Turns the dot products on the stack into exp(−gamma · max(0, |a|² + |b|² − 2·dot)). */
  const rbfOfDots = (r: number) => [
    ...op.localTee(L.R),
    ...get(L.R),
    ...op.f32x4Add,
    ...set(L.R),
    ...get(SQUARES_A),
    ...times(plus(get(L.ROW), op.i32Const(r)), op.i32Const(4)),
    ...op.i32Add,
    ...op.f32Load,
    ...op.f32x4Splat,
    ...plus(get(SQUARES_B), times(get(L.COL), op.i32Const(4))),
    ...op.load,
    ...op.f32x4Add,
    ...get(L.R),
    ...op.f32x4Sub,
    ...op.i32Const(0),
    ...op.i32x4Splat,
    ...op.f32x4Max,
    ...get(L.NEG_GAMMA),
    ...op.f32x4Mul,
    ...get(L.EXP_MIN),
    ...op.f32x4Max,
    ...set(L.R),
    // n = round(t · log2 e); r = t − n·ln2 (in two parts, exact for the high one)
    ...get(L.R),
    ...get(L.LOG2E),
    ...op.f32x4Mul,
    ...op.f32x4Nearest,
    ...set(L.N),
    ...get(L.R),
    ...get(L.N),
    ...get(L.LN2_HIGH),
    ...op.f32x4Mul,
    ...op.f32x4Sub,
    ...get(L.N),
    ...get(L.LN2_LOW),
    ...op.f32x4Mul,
    ...op.f32x4Sub,
    ...set(L.R),
    // p = ((((P5·r + P4)·r + P3)·r + P2)·r + P1)·r + P0, exp(r) ≈ 1 + r + r²·p
    ...get(L.POLY + EXP_POLY.length - 1),
    ...indices(0, EXP_POLY.length - 1)
      .reverse()
      .flatMap((k) => [...get(L.R), ...op.f32x4Mul, ...get(L.POLY + k), ...op.f32x4Add]),
    ...get(L.R),
    ...op.f32x4Mul,
    ...get(L.R),
    ...op.f32x4Mul,
    ...get(L.R),
    ...op.f32x4Add,
    ...get(L.ONE),
    ...op.f32x4Add,
    // · 2^n: the bits of (n + 127) << 23
    ...get(L.N),
    ...op.i32x4TruncSatF32x4S,
    ...op.i32Const(127),
    ...op.i32x4Splat,
    ...op.i32x4Add,
    ...op.i32Const(23),
    ...op.i32x4Shl,
    ...op.f32x4Mul,
  ];
  const storeRow = (r: number) => [
    ...plus(plus(get(OUT), times(plus(get(L.ROW), op.i32Const(r)), get(OUT_STRIDE))), times(get(L.COL), op.i32Const(4))),
    ...rowSums(r),
    ...(rbf ? rbfOfDots(r) : []),
    ...op.store,
  ];

  const tile = [
    ...tileAddresses,
    ...zeroAccumulators,
    ...op.i32Const(0),
    ...set(L.K),
    ...countedLoop(L.K, STRIDE, 16, step),
    ...indices(0, TILE_ROWS).flatMap(storeRow),
  ];
  const rowPair = [
    ...plus(get(A), times(get(L.ROW), get(STRIDE))),
    ...set(L.PA),
    ...get(COL_FROM),
    ...set(L.COL),
    ...countedLoop(L.COL, COL_TO, TILE_COLS, tile),
  ];
  const splat = (local: number, value: number) => [...op.f32Const(value), ...op.f32x4Splat, ...set(local)];
  const constants = rbf
    ? [
        ...get(NEG_GAMMA),
        ...op.f32x4Splat,
        ...set(L.NEG_GAMMA),
        ...splat(L.EXP_MIN, EXP_MIN),
        ...splat(L.LOG2E, LOG2E),
        ...splat(L.LN2_HIGH, LN2_HIGH),
        ...splat(L.LN2_LOW, LN2_LOW),
        ...splat(L.ONE, 1),
        ...EXP_POLY.flatMap((c, k) => splat(L.POLY + k, c)),
      ]
    : [];
  return {
    exportName: rbf ? 'rowRbf' : 'rowDots',
    params: [...Array<typeof valueType.i32>(rbf ? 10 : 8).fill(valueType.i32), ...(rbf ? [valueType.f32] : [])],
    locals: L.locals,
    code: [...constants, ...op.i32Const(0), ...set(L.ROW), ...countedLoop(L.ROW, ROWS, TILE_ROWS, rowPair)],
  };
}

/**
 * `out[r][c] = Σ_k a[r][k] · b[c][k]` for r < rows and colFrom <= c < colTo, float32 rows in
 * memory, accumulated in four f32x4 lanes per product: each pass over 4 floats of a 2 x 4 tile
 * loads 6 vectors for 8 multiply-adds. The caller pads rows with zeros to the strides and the
 * counts to the tile; blocking for the caches is the caller's.
 * `rowDots(a, b, out, rows, colFrom, colTo, stride, outStride)`, byte pointers and strides.
 */
export const rowDotsKernel = rowKernel(false);

/**
 * {@link rowDotsKernel} with the RBF kernel applied as each tile is stored:
 * `out[r][c] = exp(−gamma · max(0, |a_r|² + |b_c|² − 2 a_r·b_c))` (exp to about 2 float32 ulp).
 * `rowRbf(a, b, out, rows, colFrom, colTo, stride, outStride, squaresA, squaresB, −gamma)`.
 */
export const rowRbfKernel = rowKernel(true);
