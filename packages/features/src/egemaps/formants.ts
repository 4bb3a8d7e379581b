// F1..F3 frequency and bandwidth of EGEMAPS_SPEC.md F8: the 20 ms float32 spectrum resampled to
// 11 kHz (QUIRK R2, float32 sums), order-11 float32 LPC, roots of the sign-flipped polynomial
// (QUIRK FM1) reflected into the unit circle, 50–5450 Hz, sorted by frequency. Every frame (FM2).
import { autocorrelation, levinsonDurbin } from '../lpc/levinson-durbin.js';
import { polynomialRoots } from '../lpc/polynomial-roots.js';

const f32 = Math.fround;
const ORDER = 11;
const TARGET_RATE_HZ = 11000;
const FORMANTS = 5;
const KEPT = 3;
const F_LOW = 50;
const F_HIGH = 5450;

/** `frames × 3` float32 each; 0 where a frame has fewer formants. */
export interface Formants {
  readonly frequency: Float32Array;
  readonly bandwidth: Float32Array;
}

/** Resampler geometry of F8 step 1 (Iout 220, period 352, bins 1..109 at 16 kHz). */
interface Resampler {
  readonly outputSamples: number;
  readonly maxBin: number;
  readonly half: number;
  readonly cos: Float32Array;
  readonly sin: Float32Array;
  readonly period: number;
}

function resampler(sampleRateHz: number, frameSamples: number, fftSize: number): Resampler {
  const outputSamples = Math.round((fftSize * (TARGET_RATE_HZ / sampleRateHz) * frameSamples) / fftSize);
  const period = (fftSize * outputSamples) / frameSamples;
  const maxBin = (Math.min(fftSize, outputSamples) & ~1) / 2 - 1;
  const size = Number.isInteger(period) ? period : 0;
  const cos = Float32Array.from({ length: size }, (_, q) => Math.cos((2 * Math.PI * q) / period));
  const sin = Float32Array.from({ length: size }, (_, q) => Math.sin((2 * Math.PI * q) / period));
  return { outputSamples, maxBin, half: fftSize / 2, cos, sin, period };
}

/** y[i] of F8 step 1: float32 running sum R_0, then per bin the cos term and the sin term. */
function resample(r: Resampler, re: Float32Array, im: Float32Array, at: number, y: Float64Array): void {
  const { period, cos, sin } = r;
  const direct = cos.length === 0;
  for (let i = 0; i < r.outputSamples; i++) {
    let acc = re[at];
    for (let b = 1; b <= r.maxBin; b++) {
      const q = (b * i) % period;
      const c = direct ? f32(Math.cos((2 * Math.PI * b * i) / period)) : cos[q];
      const s = direct ? f32(Math.sin((2 * Math.PI * b * i) / period)) : sin[q];
      acc = f32(acc + f32(re[at + b] * c));
      acc = f32(acc + f32(im[at + b] * s));
    }
    y[i] = f32(acc / r.half);
  }
}

/**
 * Formants of every 20 ms frame from its float32 FFT outputs (`frames × bins`, +sin convention).
 * @example formants(spec.re, spec.im, spec.frames, 16000, 320, 512).frequency[n * 3] // F1 of frame n
 */
export function formants(
  re: Float32Array, im: Float32Array, frames: number, sampleRateHz: number, frameSamples: number, fftSize: number,
): Formants {
  const r = resampler(sampleRateHz, frameSamples, fftSize);
  const bins = fftSize / 2 + 1;
  const T = 1 / TARGET_RATE_HZ;
  const y = new Float64Array(r.outputSamples);
  const acf = new Float64Array(ORDER + 1);
  const a = new Float64Array(ORDER);
  const scratch = new Float64Array(ORDER);
  const poly = new Float64Array(ORDER + 1);
  const rootRe = new Float64Array(ORDER);
  const rootIm = new Float64Array(ORDER);
  const found: [number, number][] = [];
  const frequency = new Float32Array(frames * KEPT);
  const bandwidth = new Float32Array(frames * KEPT);
  for (let n = 0; n < frames; n++) {
    resample(r, re, im, n * bins, y);
    autocorrelation(y, r.outputSamples, ORDER, acf);
    levinsonDurbin(acf, ORDER, a, scratch, true);
    poly[0] = 1;
    for (let k = 0; k < ORDER; k++) poly[k + 1] = -a[k];
    if (a.every((v) => v === 0)) continue;
    polynomialRoots(poly, rootRe, rootIm);
    found.length = 0;
    for (let k = 0; k < ORDER && found.length < FORMANTS; k++) {
      let zr = rootRe[k];
      let zi = rootIm[k];
      if (zi < 0) continue;
      const m2 = zr * zr + zi * zi;
      if (m2 > 1) {
        zr /= m2;
        zi /= m2;
      }
      const f = Math.abs(Math.atan2(zi, zr)) / (2 * Math.PI * T);
      if (f >= F_LOW && f <= F_HIGH) found.push([f, -Math.log(Math.hypot(zr, zi)) / (Math.PI * T)]);
    }
    found.sort((p, q) => p[0] - q[0]);
    for (let q = 0; q < Math.min(KEPT, found.length); q++) {
      frequency[n * KEPT + q] = found[q][0];
      bandwidth[n * KEPT + q] = found[q][1];
    }
  }
  return { frequency, bandwidth };
}
