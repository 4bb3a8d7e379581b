// QUIRK R1 of IS10_SPEC.md §4.4 step 1 (general-rate form §9): openSMILE "resamples" the
// 25 ms frame to 11 kHz by evaluating a truncated inverse DFT of the symmetrically padded
// frame's spectrum on a stretched time axis:
//   y[i] = (R_0 + Σ_{b=1}^{B} [R_b cos(2πbi/nI) + I_b sin(2πbi/nI)] (+ Nyquist term)) / (Kfft/2).
// y[i] = Re Σ_b D_b e^{−2πi·bi/nI} with D_b = R_b + i·I_b. When nI is an integer (352 at 16 kHz)
// it is split as nI = P·m (P a power of two, m odd): m radix-2 FFTs of size P over b = b2 + m·b1,
// twiddles, then per output an m-point DFT whose conjugate kernels are folded in pairs
// (Cooley–Tukey index mapping; ~10x fewer operations than the direct sum, used otherwise).
import { complexFftPlan, type ComplexFftPlan } from '../spectral/complex-fft.js';
import { applyFactored } from './spectral-resample-factored.js';

/** Resampler geometry, phase tables and work buffers. */
export interface SpectralResampler {
  /** Output samples (275 at 16 kHz). */
  readonly outputSamples: number;
  /** Highest bin summed (136 at 16 kHz). */
  readonly maxBin: number;
  readonly fftSize: number;
  /** Include R_{K/2}·cos(π·K·i/nI) (only when outputSamples ≥ fftSize). */
  readonly nyquist: boolean;
  /** nI when it is an integer (factored path, tables of length nI), else 0 (direct path). */
  readonly period: number;
  /** Power-of-two factor P of the period and its FFT plan (factored path only). */
  readonly radix2: ComplexFftPlan;
  readonly cos: Float64Array;
  readonly sin: Float64Array;
  /** Factored path: bins b (source) and their bit-reversed work slots (target), DC first. */
  readonly gatherBins: Uint32Array;
  readonly gatherSlots: Uint32Array;
  readonly workRe: Float64Array;
  readonly workIm: Float64Array;
}

const TARGET_RATE_HZ = 11000;
const cache = new Map<string, SpectralResampler>();

function phaseTables(count: number, phase: (q: number) => number, nI: number): { cos: Float64Array; sin: Float64Array } {
  const cos = new Float64Array(count);
  const sin = new Float64Array(count);
  for (let q = 0; q < count; q++) {
    cos[q] = Math.cos((2 * Math.PI * phase(q)) / nI);
    sin[q] = Math.sin((2 * Math.PI * phase(q)) / nI);
  }
  return { cos, sin };
}

function build(sampleRateHz: number, frameSamples: number, fftSize: number): SpectralResampler {
  const outputSamples = Math.round((TARGET_RATE_HZ * frameSamples) / sampleRateHz);
  const nI = (fftSize * outputSamples) / frameSamples;
  const maxBin = (Math.min(fftSize, outputSamples) & ~1) / 2 - 1;
  const nyquist = outputSamples >= fftSize;
  const period = Number.isInteger(nI) ? nI : 0;
  const bins = fftSize / 2 + 1;
  const tables =
    period > 0 ? phaseTables(period, (q) => q, nI) : phaseTables(outputSamples * bins, (q) => Math.floor(q / bins) * (q % bins), nI);
  const p2 = period > 0 ? period & -period : 1;
  const radix2 = complexFftPlan(p2);
  const usedBins = Array.from({ length: maxBin + 1 }, (_, b) => b);
  if (nyquist) usedBins.push(fftSize / 2);
  // b = b2 + m·b1 lives in block b2 at the bit-reversed position of b1
  const m = period / p2;
  const slotOf = (b: number) => (b % m) * p2 + radix2.bitReverse[Math.floor(b / m)];
  return {
    outputSamples,
    maxBin,
    fftSize,
    nyquist,
    period,
    radix2,
    ...tables,
    gatherBins: Uint32Array.from(period > 0 ? usedBins : []),
    gatherSlots: Uint32Array.from(period > 0 ? usedBins.map(slotOf) : []),
    workRe: new Float64Array(Math.max(period, 1)),
    workIm: new Float64Array(Math.max(period, 1)),
  };
}

/**
 * Builds (cached per rate and sizes) the QUIRK R1 resampler: Iout = round(11000·Wn/fs),
 * nI = Kfft·Iout/Wn, bins 1..min(Kfft, Iout)/2 − 1 (rounded down to even).
 * @example spectralResampler(16000, 400, 512).outputSamples // 275
 */
export function spectralResampler(sampleRateHz: number, frameSamples: number, fftSize: number): SpectralResampler {
  const key = `${sampleRateHz}:${frameSamples}:${fftSize}`;
  let r = cache.get(key);
  if (r === undefined) {
    r = build(sampleRateHz, frameSamples, fftSize);
    cache.set(key, r);
  }
  return r;
}

function applyDirect(r: SpectralResampler, re: Float64Array, im: Float64Array, out: Float64Array): void {
  const { maxBin, cos, sin } = r;
  const half = r.fftSize / 2;
  const stride = half + 1;
  for (let i = 0; i < r.outputSamples; i++) {
    const row = i * stride;
    let acc = re[0];
    for (let b = 1; b <= maxBin; b++) acc += re[b] * cos[row + b] + im[b] * sin[row + b];
    if (r.nyquist) acc += re[half] * cos[row + half];
    out[i] = Math.fround(acc / half);
  }
}

/**
 * Evaluates y[0..outputSamples) from the +sin-convention spectrum (re, im) of §3.4.
 * @param out - receives `r.outputSamples` values, rounded to float32 as openSMILE stores them.
 */
export function applySpectralResampler(r: SpectralResampler, re: Float64Array, im: Float64Array, out: Float64Array): void {
  if (r.period > 0) applyFactored(r, re, im, out);
  else applyDirect(r, re, im, out);
}
