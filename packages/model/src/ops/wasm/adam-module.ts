import { loopOver16Bytes, op, valueType, type KernelFunction } from '@emocode/kernels';

// Parameters: seven byte pointers and the byte count (i32), then seven f32 constants.
const [X, G, M, V, X_OUT, M_OUT, V_OUT, BYTES] = [0, 1, 2, 3, 4, 5, 6, 7];
const FIRST_CONSTANT = 8;
// Locals: the byte offset, the constants splatted to 4 lanes, this step's g, m', v'.
const OFFSET = 15;
const SPLAT = 16;
const [GRAD, FIRST, SECOND] = [23, 24, 25];

const at = (base: number) => [...op.localGet(base), ...op.localGet(OFFSET), ...op.i32Add];
const constant = (k: number) => op.localGet(SPLAT + k);

const step = [
  ...at(G),
  ...op.load,
  ...op.localSet(GRAD),
  // m' = beta1·m + (1 − beta1)·g
  ...at(M_OUT),
  ...constant(0),
  ...at(M),
  ...op.load,
  ...op.f32x4Mul,
  ...constant(1),
  ...op.localGet(GRAD),
  ...op.f32x4Mul,
  ...op.f32x4Add,
  ...op.localTee(FIRST),
  ...op.store,
  // v' = beta2·v + (1 − beta2)·g²
  ...at(V_OUT),
  ...constant(2),
  ...at(V),
  ...op.load,
  ...op.f32x4Mul,
  ...constant(3),
  ...op.localGet(GRAD),
  ...op.f32x4Mul,
  ...op.localGet(GRAD),
  ...op.f32x4Mul,
  ...op.f32x4Add,
  ...op.localTee(SECOND),
  ...op.store,
  // x' = x − stepSize·m' / (√v'·secondScale + ε)
  ...at(X_OUT),
  ...at(X),
  ...op.load,
  ...constant(4),
  ...op.localGet(FIRST),
  ...op.f32x4Mul,
  ...op.localGet(SECOND),
  ...op.f32x4Sqrt,
  ...constant(5),
  ...op.f32x4Mul,
  ...constant(6),
  ...op.f32x4Add,
  ...op.f32x4Div,
  ...op.f32x4Sub,
  ...op.store,
];

/**
 * A 4-lane SIMD Adam step on tfjs' wasm heap, one pass over memory (JavaScript runs the same loop
 * ~3x slower; tfjs' own Adam makes a dozen passes):
 * `adam(x, g, m, v, xOut, mOut, vOut, bytes, beta1, 1−beta1, beta2, 1−beta2, stepSize, secondScale, ε)`,
 * byte pointers, `bytes` a multiple of 16 (the caller does the tail);
 * `xOut = x − stepSize·m' / (√v'·secondScale + ε)` with the updated moments m', v'.
 */
export const adamKernel: KernelFunction = {
  exportName: 'adam',
  params: [...Array<typeof valueType.i32>(8).fill(valueType.i32), ...Array<typeof valueType.f32>(7).fill(valueType.f32)],
  locals: [
    [1, valueType.i32],
    [10, valueType.v128],
  ],
  code: [
    ...[0, 1, 2, 3, 4, 5, 6].flatMap((k) => [...op.localGet(FIRST_CONSTANT + k), ...op.f32x4Splat, ...op.localSet(SPLAT + k)]),
    ...loopOver16Bytes(OFFSET, BYTES, step),
  ],
};
