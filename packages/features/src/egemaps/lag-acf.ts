// The ACF of F9.1 (QUIRK HN1) for one 60 ms frame: lag k of the real 2(n−1)-point DFT of the
// power spectrum P_b = f32(A_b²) mirrored to an even sequence, halved, ÷ n, stored as float32,
//   acf[k] = f32(|P_0 + (−1)^k·P_{n−1} + 2·Σ_{b=1}^{n−2} P_b·cos(π·b·k/(n−1))| / 2 / n).
// The HNR reads acf[0] and the few lags around the F0 period where its peak search starts, so a
// frame computes each lag it asks for as that cosine sum (float64, a table of cos), and falls back
// to one FFT for the lags still missing once a search has asked for more than a full transform
// costs (a voiced frame of RAVDESS asked for 4–8; the FFT of every lag was most of the HNR).
import { createRealFft } from '../spectral/fft.js';

const f32 = Math.fround;

/** The lags of one frame at a time. */
export interface LagAcf {
  /** Starts a frame: magnitudes A_b = m[at + b], b = 0..n−1. */
  reset(m: Float32Array, at: number): void;
  /** acf[k], k = 0..n−1. */
  at(k: number): number;
}

/**
 * For spectra of n = 2^j + 1 bins (the 60 ms pitch FFT's).
 * @example const acf = createLagAcf(513); acf.reset(mags, row); acf.at(0)
 */
export function createLagAcf(n: number): LagAcf {
  const size = 2 * (n - 1);
  const mask = size - 1;
  const cos = Float64Array.from({ length: size }, (_, q) => Math.cos((2 * Math.PI * q) / size));
  // A cosine sum costs ~n multiply-adds, the FFT of all lags ~5·size·log2(size)/4 operations.
  const fftAfter = Math.max(4, Math.round((1.25 * size * Math.log2(size)) / n));
  const fft = createRealFft(size);
  const power = new Float64Array(n);
  const even = new Float64Array(size);
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  const acf = new Float64Array(n);
  const known = new Uint8Array(n);
  let asked = 0;

  const store = (k: number, dft: number) => {
    acf[k] = f32(Math.abs(dft / 2) / n);
    known[k] = 1;
  };
  const cosineSum = (k: number): number => {
    let s = 0;
    for (let b = 1, q = k & mask; b < n - 1; b++, q = (q + k) & mask) s += power[b] * cos[q];
    return power[0] + (k % 2 === 0 ? power[n - 1] : -power[n - 1]) + 2 * s;
  };
  const transformRest = () => {
    for (let b = 0; b < n; b++) {
      even[b] = power[b];
      if (b > 0 && b < n - 1) even[size - b] = power[b];
    }
    fft(even, re, im);
    for (let k = 0; k < n; k++) if (!known[k]) store(k, re[k]);
  };
  return {
    reset(m, at) {
      for (let b = 0; b < n; b++) power[b] = f32(m[at + b] * m[at + b]);
      known.fill(0);
      asked = 0;
    },
    at(k) {
      if (!known[k]) {
        if (++asked > fftAfter) transformRest();
        else store(k, cosineSum(k));
      }
      return acf[k];
    },
  };
}
