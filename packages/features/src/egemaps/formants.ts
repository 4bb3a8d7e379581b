// F1..F3 frequency and bandwidth of EGEMAPS_SPEC.md F8: the 20 ms float32 spectrum (openSMILE's
// float32 Ooura FFT, F2.3) resampled to 11 kHz with float32 sums (QUIRK R2: 220 samples, bins
// 1..109 at 16 kHz), order-11 float32 LPC (F12.4: both float32 steps are needed), roots of the
// sign-flipped polynomial
// (QUIRK FM1) reflected into the unit circle, 50–5450 Hz, sorted by frequency. Every frame (FM2).
// The roots of a frame are sought from the last solved frame's: the same roots (to 1e-14 relative;
// every eGeMAPS value of every 2nd RAVDESS and EmoDB file the same float32) in ~40 % less time.
import type { FrameRows } from '../frame/frame-rows.js';
import { autocorrelation, levinsonDurbin } from '../lpc/levinson-durbin.js';
import { polynomialRoots, polynomialRootsNear } from '../lpc/polynomial-roots.js';
import { applyFloat32SpectralResampler, float32SpectralResampler } from '../lpc/spectral-resample-f32.js';

const ORDER = 11;
const FORMANTS = 5;
const KEPT = 3;
/** Sample period of the resampled frame (F8 step 1: "@11 kHz"). */
const T = 1 / 11000;
const F_LOW = 50;
const F_HIGH = 5450;

function allZero(a: Float64Array): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== 0) return false;
  return true;
}

/** `frames × 3` float32 each; 0 where a frame has fewer formants. */
export interface Formants {
  readonly frequency: Float32Array;
  readonly bandwidth: Float32Array;
}

/**
 * Formants of the 20 ms frames whose float32 FFT outputs were kept (+sin convention, re and im
 * rows kept in step); the other frames stay 0.
 * @example formants(spec.re, spec.im, spec.frames, 16000, 320, 512).frequency[n * 3] // F1 of frame n
 */
export function formants(
  re: FrameRows,
  im: FrameRows,
  frames: number,
  sampleRateHz: number,
  frameSamples: number,
  fftSize: number,
): Formants {
  const r = float32SpectralResampler(sampleRateHz, frameSamples, fftSize);
  const y = new Float64Array(r.outputSamples);
  const acf = new Float64Array(ORDER + 1);
  const a = new Float64Array(ORDER);
  const scratch = new Float64Array(ORDER);
  const poly = new Float64Array(ORDER + 1);
  const rootRe = new Float64Array(ORDER);
  const rootIm = new Float64Array(ORDER);
  const foundHz = new Float64Array(FORMANTS);
  const foundBandwidth = new Float64Array(FORMANTS);
  const frequency = new Float32Array(frames * KEPT);
  const bandwidth = new Float32Array(frames * KEPT);
  // each frame's roots start from the last solved frame's (the first from the circle)
  let solved = false;
  for (let n = 0; n < frames; n++) {
    const at = re.rowAt(n);
    if (at < 0) continue;
    applyFloat32SpectralResampler(r, re.data, im.data, at, y);
    autocorrelation(y, r.outputSamples, ORDER, acf);
    levinsonDurbin(acf, ORDER, a, scratch, true);
    poly[0] = 1;
    for (let k = 0; k < ORDER; k++) poly[k + 1] = -a[k];
    if (allZero(a)) continue;
    if (solved) polynomialRootsNear(poly, rootRe, rootIm);
    else polynomialRoots(poly, rootRe, rootIm);
    solved = true;
    let found = 0;
    for (let k = 0; k < ORDER && found < FORMANTS; k++) {
      let zr = rootRe[k];
      let zi = rootIm[k];
      if (zi < 0) continue;
      const m2 = zr * zr + zi * zi;
      if (m2 > 1) {
        zr /= m2;
        zi /= m2;
      }
      const f = Math.abs(Math.atan2(zi, zr)) / (2 * Math.PI * T);
      if (!(f >= F_LOW && f <= F_HIGH)) continue;
      // insertion by frequency, after any equal one: the order of a stable sort
      let q = found++;
      for (; q > 0 && foundHz[q - 1] > f; q--) {
        foundHz[q] = foundHz[q - 1];
        foundBandwidth[q] = foundBandwidth[q - 1];
      }
      foundHz[q] = f;
      foundBandwidth[q] = -Math.log(Math.hypot(zr, zi)) / (Math.PI * T);
    }
    for (let q = 0; q < Math.min(KEPT, found); q++) {
      frequency[n * KEPT + q] = foundHz[q];
      bandwidth[n * KEPT + q] = foundBandwidth[q];
    }
  }
  return { frequency, bandwidth };
}
