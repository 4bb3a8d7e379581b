// EGEMAPS_SPEC.md F8 step 1: the QUIRK R1/R2 spectral resampler in openSMILE's float32 order,
//   y[i] = f32((R_0 + Σ_{b=1}^{B} [R_b·cosT[b][i] + I_b·sinT[b][i]]) / (Kfft/2)),
//   cosT[b][i] = f32(cos(2π·(b·i)/nI)), sinT[b][i] = f32(sin(2π·(b·i)/nI)),
// one float32 running sum starting at R_0, per bin the cos term then the sin term. The eGeMAPS
// formants need exactly this order on top of openSMILE's float32 FFT (F12.4: with float64 sums
// the agreement stays at 93–98 %). IS10's line spectral pairs keep the factored float64 form
// (spectral-resample.ts), which their golden tests were measured with.
// The sum is a matrix–vector product with terms x = [R_0, R_1, I_1, …, R_B, I_B (, R_K/2)] kept
// in that order: @emocode/kernels' orderedMatVec runs 16 outputs side by side on WebAssembly SIMD
// with the same float32 roundings (a plain loop elsewhere).
import { orderedMatVec, type OrderedMatVec } from '@emocode/kernels';
import { spectralResampler } from './spectral-resample.js';

/** Geometry and the float32 phase tables as an ordered product. */
export interface Float32SpectralResampler {
  readonly outputSamples: number;
  readonly maxBin: number;
  readonly fftSize: number;
  /** Include R_{K/2}·cosT[K/2][i] (only when outputSamples ≥ fftSize). */
  readonly nyquist: boolean;
  /** Rows cosT[b], sinT[b] for b = 1..maxBin (then cosT[K/2] with the Nyquist term), ÷ K/2. */
  readonly product: OrderedMatVec;
  /** The term vector of one frame, refilled by each apply. */
  readonly terms: Float32Array;
}

const cache = new Map<string, Float32SpectralResampler>();

function build(sampleRateHz: number, frameSamples: number, fftSize: number): Float32SpectralResampler {
  const { outputSamples, maxBin, nyquist } = spectralResampler(sampleRateHz, frameSamples, fftSize);
  const nI = (fftSize * outputSamples) / frameSamples;
  const angle = (b: number, i: number) => (2 * Math.PI * (b * i)) / nI;
  const rows = 2 * maxBin + (nyquist ? 1 : 0);
  const table = new Float32Array(rows * outputSamples);
  for (let b = 1; b <= maxBin; b++) {
    for (let i = 0; i < outputSamples; i++) {
      table[(2 * b - 2) * outputSamples + i] = Math.cos(angle(b, i));
      table[(2 * b - 1) * outputSamples + i] = Math.sin(angle(b, i));
    }
  }
  if (nyquist) for (let i = 0; i < outputSamples; i++) table[(rows - 1) * outputSamples + i] = Math.cos(angle(fftSize / 2, i));
  const product = orderedMatVec(table, rows, outputSamples, fftSize / 2);
  return { outputSamples, maxBin, fftSize, nyquist, product, terms: new Float32Array(rows + 1) };
}

/**
 * The float32 resampler of F8 step 1 for these sizes (cached): 220 outputs, bins 1..109 at 16 kHz.
 * @example float32SpectralResampler(16000, 320, 512).outputSamples // 220
 */
export function float32SpectralResampler(sampleRateHz: number, frameSamples: number, fftSize: number): Float32SpectralResampler {
  const key = `${sampleRateHz}:${frameSamples}:${fftSize}`;
  let r = cache.get(key);
  if (r === undefined) {
    r = build(sampleRateHz, frameSamples, fftSize);
    cache.set(key, r);
  }
  return r;
}

/**
 * Evaluates y[0..outputSamples) from the float32 spectrum of one frame, `re[at + b]`, `im[at + b]`
 * (b = 0..fftSize/2, +sin convention).
 */
export function applyFloat32SpectralResampler(
  r: Float32SpectralResampler,
  re: Float32Array,
  im: Float32Array,
  at: number,
  out: Float64Array,
): void {
  const x = r.terms;
  x[0] = re[at];
  for (let b = 1; b <= r.maxBin; b++) {
    x[2 * b - 1] = re[at + b];
    x[2 * b] = im[at + b];
  }
  if (r.nyquist) x[x.length - 1] = re[at + r.fftSize / 2];
  r.product.apply(x, out);
}
