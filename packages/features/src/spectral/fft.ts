// Real FFT (IS10_SPEC.md §3.4): R_b = Σ x_j cos(2πjb/N), I_b = +Σ x_j sin(2πjb/N)
// (the +sin convention, I_b = −Im(numpy.fft.rfft)), no scaling, bins 0..N/2.
// Algorithm: the N/2-point complex FFT (complex-fft.ts) of z_n = x_2n + i·x_2n+1, then the
// standard even/odd split (Oppenheim & Schafer §9.4).
import { EmocodeError } from '@emocode/core';
import { complexFftBitReversed, complexFftPlan, type ComplexFftPlan } from './complex-fft.js';

/** Real FFT kernel: reads `input[0..size)`, writes `re`/`im` bins `0..size/2`. */
export type RealFft = (input: Float64Array, re: Float64Array, im: Float64Array) => void;

interface FftPlan {
  readonly half: number;
  readonly complex: ComplexFftPlan;
  /** cos/sin(2πb/size), b ≤ half: twiddles of the real split. */
  readonly cosFull: Float64Array;
  readonly sinFull: Float64Array;
  readonly zr: Float64Array;
  readonly zi: Float64Array;
}

/**
 * One transform per size, kept for the process: V8 holds a closure's optimised code weakly, and a
 * closure made per call (per signal) was compiled again, with runPlan inlined, after each full GC.
 */
const ffts = new Map<number, RealFft>();

function isPowerOfTwo(n: number): boolean {
  return Number.isInteger(n) && n >= 2 && (n & (n - 1)) === 0;
}

function buildPlan(size: number): FftPlan {
  const half = size / 2;
  const cosFull = new Float64Array(half + 1);
  const sinFull = new Float64Array(half + 1);
  for (let b = 0; b <= half; b++) {
    cosFull[b] = Math.cos((2 * Math.PI * b) / size);
    sinFull[b] = Math.sin((2 * Math.PI * b) / size);
  }
  return { half, complex: complexFftPlan(half), cosFull, sinFull, zr: new Float64Array(half), zi: new Float64Array(half) };
}

function runPlan(p: FftPlan, input: Float64Array, re: Float64Array, im: Float64Array): void {
  const { half, zr, zi, cosFull, sinFull } = p;
  const bitReverse = p.complex.bitReverse;
  for (let n = 0; n < half; n++) {
    const j = bitReverse[n];
    zr[j] = input[2 * n];
    zi[j] = input[2 * n + 1];
  }
  complexFftBitReversed(p.complex, zr, zi);
  for (let b = 0; b <= half; b++) {
    const k = b === half ? 0 : b;
    const m = b === 0 ? 0 : half - b;
    // E = (Z_k + conj Z_m)/2 (even samples), O = (Z_k − conj Z_m)/(2i) (odd samples)
    const er = 0.5 * (zr[k] + zr[m]);
    const ei = 0.5 * (zi[k] - zi[m]);
    const or = 0.5 * (zi[k] + zi[m]);
    const oi = -0.5 * (zr[k] - zr[m]);
    const c = cosFull[b];
    const s = sinFull[b];
    // X_b = E + e^{−2πib/N}·O; the spec's I_b is −Im(X_b)
    re[b] = er + (or * c + oi * s);
    im[b] = -(ei + (oi * c - or * s));
  }
}

/**
 * Creates a real FFT of `size` points with the IS10 sign convention (IS10_SPEC.md §3.4):
 * `re[b] = Σ x_j cos(2πjb/size)`, `im[b] = +Σ x_j sin(2πjb/size)`, b = 0..size/2, unscaled.
 * Built once per size (twiddles, bit reversal, work buffers); calls allocate nothing.
 * The returned function is not re-entrant (it shares the size's work buffers), which is fine
 * in single-threaded JS.
 *
 * @param size - FFT length, a power of two ≥ 2.
 * @returns `(input, re, im) => void`; `input.length ≥ size`, `re/im.length ≥ size/2 + 1`.
 * @throws EmocodeError EMOCODE_INVALID_INPUT if `size` is not a power of two ≥ 2.
 * @example
 * const fft = createRealFft(512); fft(frame, re, im); // re, im: Float64Array(257)
 */
export function createRealFft(size: number): RealFft {
  if (!isPowerOfTwo(size)) {
    throw new EmocodeError(
      'EMOCODE_INVALID_INPUT',
      `createRealFft: size must be a power of two >= 2, got ${size}. Use nextPowerOfTwo(frameSamples).`,
    );
  }
  let fft = ffts.get(size);
  if (fft === undefined) {
    const plan = buildPlan(size);
    fft = (input, re, im) => runPlan(plan, input, re, im);
    ffts.set(size, fft);
  }
  return fft;
}
