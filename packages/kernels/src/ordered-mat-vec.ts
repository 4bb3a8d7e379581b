// y = (x_0 + Σ_t x_t·C[t]) / d in float32, each output summed strictly in term order, as the
// plain loop `acc = f32(acc + f32(x[t]·C[t][i]))` does: the order a reference implementation
// used is what a bit-for-bit port has to keep, so no pairwise or fused sums. Outputs are
// independent chains, so the kernel runs 16 of them side by side in four f32x4 accumulators
// (WebAssembly's f32x4 mul and add round each lane as float32 scalar arithmetic does: same bits).
import { assert } from '@emocode/core';
import { countedLoop, op, valueType, type KernelFunction } from './assembler.js';
import { kernelCompiles, standaloneKernel, type StandaloneKernel } from './standalone-kernel.js';

/** Outputs per block: four f32x4 accumulators. */
const BLOCK = 16;
const f32 = Math.fround;

// Parameters: byte pointers to the coefficients (block-major: block, term, 16 lanes), to x
// (x_0 then the terms) and to the output; the block count, the term count, the divisor (f32).
const [COEF, X, OUT, BLOCKS, TERMS, DIVISOR] = [0, 1, 2, 3, 4, 5];
const [BLOCK_INDEX, TERM, TERMS_END, P] = [6, 7, 8, 9];
const [ACC, VALUE, D] = [10, 14, 15];

const get = op.localGet;
const set = op.localSet;
const lanes = [0, 1, 2, 3];

export const orderedMatVecKernel: KernelFunction = {
  exportName: 'orderedMatVec',
  params: [valueType.i32, valueType.i32, valueType.i32, valueType.i32, valueType.i32, valueType.f32],
  locals: [
    [4, valueType.i32],
    [6, valueType.v128],
  ],
  code: [
    ...get(DIVISOR),
    ...op.f32x4Splat,
    ...set(D),
    ...get(COEF),
    ...set(P),
    ...get(X),
    ...get(TERMS),
    ...op.i32Const(4),
    ...op.i32Mul,
    ...op.i32Add,
    ...op.i32Const(4),
    ...op.i32Add,
    ...set(TERMS_END),
    ...op.i32Const(0),
    ...set(BLOCK_INDEX),
    ...countedLoop(BLOCK_INDEX, BLOCKS, 1, [
      ...get(X),
      ...op.f32Load,
      ...op.f32x4Splat,
      ...lanes.flatMap((k) => (k < 3 ? op.localTee(ACC + k) : set(ACC + k))),
      ...get(X),
      ...op.i32Const(4),
      ...op.i32Add,
      ...set(TERM),
      ...countedLoop(TERM, TERMS_END, 4, [
        ...get(TERM),
        ...op.f32Load,
        ...op.f32x4Splat,
        ...set(VALUE),
        ...lanes.flatMap((k) => [
          ...get(ACC + k),
          ...get(VALUE),
          ...get(P),
          ...op.loadAt(16 * k),
          ...op.f32x4Mul,
          ...op.f32x4Add,
          ...set(ACC + k),
        ]),
        ...get(P),
        ...op.i32Const(4 * BLOCK),
        ...op.i32Add,
        ...set(P),
      ]),
      ...lanes.flatMap((k) => [
        ...get(OUT),
        ...get(BLOCK_INDEX),
        ...op.i32Const(4 * BLOCK),
        ...op.i32Mul,
        ...op.i32Add,
        ...get(ACC + k),
        ...get(D),
        ...op.f32x4Div,
        ...op.storeAt(16 * k),
      ]),
    ]),
  ],
};

/** A fixed coefficient matrix, applied to one vector at a time. */
export interface OrderedMatVec {
  readonly terms: number;
  readonly outputs: number;
  /** 'wasm' (SIMD) or 'js' (the plain loop); both give the same bits. */
  readonly engine: 'wasm' | 'js';
  /**
   * out[i] = f32((x[0] + Σ_{t<terms} x[1+t]·C[t][i]) / divisor), summed in term order in float32.
   * @throws EmocodeError EMOCODE_SHAPE_MISMATCH when x does not hold 1 + terms values.
   */
  apply(x: Float32Array, out: Float32Array | Float64Array): void;
}

/**
 * The product with `coefficients` (terms × outputs, row-major float32) kept resident, each call
 * bit for bit the plain float32 loop (see {@link OrderedMatVec.apply}).
 * @throws EmocodeError EMOCODE_SHAPE_MISMATCH when coefficients is not terms × outputs.
 * @example orderedMatVec(c, 218, 220, 256).apply(x, y)
 */
export function orderedMatVec(
  coefficients: Float32Array,
  terms: number,
  outputs: number,
  divisor: number,
  engine: 'wasm' | 'js' = kernelCompiles(orderedMatVecKernel) ? 'wasm' : 'js',
): OrderedMatVec {
  assert(
    Number.isInteger(terms) && Number.isInteger(outputs) && terms >= 0 && outputs > 0 && coefficients.length === terms * outputs,
    () => `orderedMatVec: coefficients must hold ${terms} x ${outputs} values, got ${coefficients.length}.`,
    'EMOCODE_SHAPE_MISMATCH',
  );
  const layout = blockLayout(terms, outputs);
  const kernel = engine === 'wasm' ? standaloneKernel(orderedMatVecKernel, { singleThread: true, bytes: layout.bytes }) : undefined;
  if (kernel === undefined) {
    const d = f32(divisor);
    const acc = new Float64Array(outputs);
    return {
      terms,
      outputs,
      engine: 'js',
      apply(x, out) {
        checkInput(x, terms);
        // term-major: each output's chain keeps its term order; the rows are read contiguously
        acc.fill(x[0]!);
        for (let t = 0; t < terms; t++) {
          const v = x[t + 1]!;
          const row = t * outputs;
          for (let i = 0; i < outputs; i++) acc[i] = f32(acc[i]! + f32(v * coefficients[row + i]!));
        }
        for (let i = 0; i < outputs; i++) out[i] = f32(acc[i]! / d);
      },
    };
  }
  return wasmMatVec(kernel, coefficients, terms, outputs, divisor, layout);
}

function checkInput(x: Float32Array, terms: number): void {
  assert(x.length === terms + 1, () => `orderedMatVec: x must hold ${terms + 1} values, got ${x.length}.`, 'EMOCODE_SHAPE_MISMATCH');
}

/** Where the kernel's memory holds the blocked coefficients, x and the outputs (in floats). */
function blockLayout(terms: number, outputs: number) {
  const blocks = Math.ceil(outputs / BLOCK);
  const xBase = blocks * terms * BLOCK;
  const outBase = xBase + Math.ceil((terms + 1) / 4) * 4;
  return { blocks, xBase, outBase, bytes: (outBase + blocks * BLOCK) * 4 };
}

function wasmMatVec(
  kernel: StandaloneKernel,
  coefficients: Float32Array,
  terms: number,
  outputs: number,
  divisor: number,
  { blocks, xBase, outBase, bytes }: ReturnType<typeof blockLayout>,
): OrderedMatVec {
  const heap = kernel.heap(bytes);
  // Block-major layout, lanes past the last output zero.
  for (let b = 0; b < blocks; b++) {
    for (let t = 0; t < terms; t++) {
      const at = (b * terms + t) * BLOCK;
      for (let lane = 0; lane < BLOCK; lane++) {
        const i = b * BLOCK + lane;
        heap[at + lane] = i < outputs ? coefficients[t * outputs + i]! : 0;
      }
    }
  }
  const y = heap.subarray(outBase, outBase + outputs);
  return {
    terms,
    outputs,
    engine: 'wasm',
    apply(x, out) {
      checkInput(x, terms);
      heap.set(x, xBase);
      kernel.run(0, xBase * 4, outBase * 4, blocks, terms, divisor);
      // a loop, not out.set(y): into a Float64Array V8 converts element by element outside the JIT
      for (let i = 0; i < outputs; i++) out[i] = y[i]!;
    },
  };
}
