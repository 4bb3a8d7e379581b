// EGEMAPS_SPEC.md F8 step 1: the QUIRK R1/R2 spectral resampler in openSMILE's float32 order,
//   y[i] = f32((R_0 + Σ_{b=1}^{B} [R_b·cosT[b][i] + I_b·sinT[b][i]]) / (Kfft/2)),
//   cosT[b][i] = f32(cos(2π·(b·i)/nI)), sinT[b][i] = f32(sin(2π·(b·i)/nI)),
// one float32 running sum starting at R_0, per bin the cos term then the sin term. The eGeMAPS
// formants need exactly this order on top of openSMILE's float32 FFT (F12.4: with float64 sums
// the agreement stays at 93–98 %). IS10's line spectral pairs keep the factored float64 form
// (spectral-resample.ts), which their golden tests were measured with.
import { spectralResampler } from './spectral-resample.js';

const f32 = Math.fround;

/** Geometry and float32 phase tables (row i: cos, sin of bins 1..maxBin interleaved). */
export interface Float32SpectralResampler {
  readonly outputSamples: number;
  readonly maxBin: number;
  readonly fftSize: number;
  /** Include R_{K/2}·cosT[K/2][i] (only when outputSamples ≥ fftSize). */
  readonly nyquist: boolean;
  readonly phases: Float32Array;
  /** f32(cos(2π·(K/2)·i/nI)) per output (Nyquist term; empty without it). */
  readonly nyquistCos: Float32Array;
}

const cache = new Map<string, Float32SpectralResampler>();

function build(sampleRateHz: number, frameSamples: number, fftSize: number): Float32SpectralResampler {
  const { outputSamples, maxBin, nyquist } = spectralResampler(sampleRateHz, frameSamples, fftSize);
  const nI = (fftSize * outputSamples) / frameSamples;
  const angle = (b: number, i: number) => (2 * Math.PI * (b * i)) / nI;
  const phases = new Float32Array(outputSamples * maxBin * 2);
  for (let i = 0, q = 0; i < outputSamples; i++) {
    for (let b = 1; b <= maxBin; b++, q += 2) {
      phases[q] = Math.cos(angle(b, i));
      phases[q + 1] = Math.sin(angle(b, i));
    }
  }
  const nyquistCos = Float32Array.from({ length: nyquist ? outputSamples : 0 }, (_, i) => Math.cos(angle(fftSize / 2, i)));
  return { outputSamples, maxBin, fftSize, nyquist, phases, nyquistCos };
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
  const { maxBin, phases, nyquistCos } = r;
  const half = r.fftSize / 2;
  for (let i = 0, q = 0; i < r.outputSamples; i++) {
    let acc = re[at];
    for (let b = at + 1; b <= at + maxBin; b++, q += 2) {
      acc = f32(acc + f32(re[b] * phases[q]));
      acc = f32(acc + f32(im[b] * phases[q + 1]));
    }
    if (r.nyquist) acc = f32(acc + f32(re[at + half] * nyquistCos[i]));
    out[i] = f32(acc / half);
  }
}
