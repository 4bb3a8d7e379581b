import { loopOver16Bytes, op, valueType, type KernelFunction } from '@emocode/kernels';

// Parameters: output pointer, byte count, four lane seeds, the keep threshold (u32 bits), the scale.
const [OUT, BYTES, SEED, THRESHOLD, SCALE] = [0, 1, 2, 6, 7];
// Locals: the byte offset, the four xorshift32 states, the threshold and the scale splatted.
const [OFFSET, STATE, THRESHOLDS, SCALES] = [8, 9, 10, 11];

const xorshift = (shift: number[], bits: number) => [
  ...op.localGet(STATE),
  ...op.localGet(STATE),
  ...op.i32Const(bits),
  ...shift,
  ...op.xor,
  ...op.localSet(STATE),
];

const step = [
  ...xorshift(op.i32x4Shl, 13),
  ...xorshift(op.i32x4ShrU, 17),
  ...xorshift(op.i32x4Shl, 5),
  ...op.localGet(OUT),
  ...op.localGet(OFFSET),
  ...op.i32Add,
  ...op.localGet(STATE),
  ...op.localGet(THRESHOLDS),
  ...op.i32x4LtU,
  ...op.localGet(SCALES),
  ...op.and,
  ...op.store,
];

/**
 * Dropout masks on tfjs' wasm heap: four xorshift32 streams, one per lane, each advanced once per
 * four outputs; an output is `scale` where its lane's state is below `threshold`, else 0.
 * `mask(out, bytes, seed0, seed1, seed2, seed3, threshold, scale)`, `bytes` a multiple of 16.
 */
export const dropoutMaskKernel: KernelFunction = {
  exportName: 'mask',
  params: [...Array<typeof valueType.i32>(7).fill(valueType.i32), valueType.f32],
  locals: [
    [1, valueType.i32],
    [3, valueType.v128],
  ],
  code: [
    ...op.localGet(SEED),
    ...op.i32x4Splat,
    ...[1, 2, 3].flatMap((lane) => [...op.localGet(SEED + lane), ...op.i32x4ReplaceLane(lane)]),
    ...op.localSet(STATE),
    ...op.localGet(THRESHOLD),
    ...op.i32x4Splat,
    ...op.localSet(THRESHOLDS),
    ...op.localGet(SCALE),
    ...op.f32x4Splat,
    ...op.localSet(SCALES),
    ...loopOver16Bytes(OFFSET, BYTES, step),
  ],
};
