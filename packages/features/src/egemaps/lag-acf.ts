// The ACF of F9.1 (QUIRK HN1) for one 60 ms frame: lag k of the real 2(n−1)-point DFT of the
// power spectrum P_b = f32(A_b²) mirrored to an even sequence, halved, ÷ n, stored as float32,
//   acf[k] = f32(|P_0 + (−1)^k·P_{n−1} + 2·Σ_{b=1}^{n−2} P_b·cos(π·b·k/(n−1))| / 2 / n).
// The HNR reads acf[0] and the few lags around the F0 period where its peak search starts, so a
// frame computes the lags it asks for as those cosine sums (float64, a table of cos, four
// neighbouring lags per pass), and falls back to one FFT for the lags still missing once a search
// has asked for more than a full transform costs (a voiced frame of RAVDESS asked for 4–8; the
// FFT of every lag was most of the HNR).
import { createRealFft } from '../spectral/fft.js';

const f32 = Math.fround;

/** The lags of one frame at a time. */
export interface LagAcf {
  /** Starts a frame: magnitudes A_b = m[at + b], b = 0..n−1. */
  reset(m: Float32Array, at: number): void;
  /** acf[k], k = 0..n−1. */
  at(k: number): number;
}

const cosineTables = new Map<number, Float64Array>();

/** cos(2πq/size), q < size, built once per size (each harmonics call makes a LagAcf). */
function cosineTable(size: number): Float64Array {
  let table = cosineTables.get(size);
  if (table === undefined) {
    table = new Float64Array(size);
    for (let q = 0; q < size; q++) table[q] = Math.cos((2 * Math.PI * q) / size);
    cosineTables.set(size, table);
  }
  return table;
}

/**
 * For spectra of n = 2^j + 1 bins (the 60 ms pitch FFT's).
 * @example const acf = createLagAcf(513); acf.reset(mags, row); acf.at(0)
 */
export function createLagAcf(n: number): LagAcf {
  const size = 2 * (n - 1);
  const mask = size - 1;
  const cos = cosineTable(size);
  // A cosine sum costs ~n multiply-adds, the FFT of all lags ~5·size·log2(size)/4 operations.
  const fftAfter = Math.max(4, Math.round((1.25 * size * Math.log2(size)) / n));
  const fft = createRealFft(size);
  const power = new Float64Array(n);
  const even = new Float64Array(size);
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  const acf = new Float64Array(n);
  const computed = new Uint8Array(n);
  const requested = new Uint8Array(n);
  let asked = 0;
  let transformed = false;

  const store = (k: number, dft: number) => {
    acf[k] = f32(Math.abs(dft / 2) / n);
  };
  const dft = (k: number, sum: number): number => power[0] + (k % 2 === 0 ? power[n - 1] : -power[n - 1]) + 2 * sum;
  // A search reads neighbouring lags, so lags k−1..k+2 are summed in one pass over the spectrum:
  // four independent chains of adds cost about what one costs, and each lag is still summed in
  // bin order, so its value is the single cosine sum's. Lag 0, which the HNR always reads after
  // its search, rides along as a fifth chain (cos 0 = 1, so p·1 = p: the same sum, bit for bit).
  const cosineSums = (k: number) => {
    const first = Math.max(0, Math.min(k - 1, n - 4));
    const k0 = first;
    const k1 = first + 1;
    const k2 = first + 2;
    const k3 = first + 3;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let sZero = 0;
    for (let b = 1, q0 = k0 & mask, q1 = k1 & mask, q2 = k2 & mask, q3 = k3 & mask; b < n - 1; b++) {
      const p = power[b];
      sZero += p;
      s0 += p * cos[q0];
      s1 += p * cos[q1];
      s2 += p * cos[q2];
      s3 += p * cos[q3];
      q0 = (q0 + k0) & mask;
      q1 = (q1 + k1) & mask;
      q2 = (q2 + k2) & mask;
      q3 = (q3 + k3) & mask;
    }
    store(k0, dft(k0, s0));
    store(k1, dft(k1, s1));
    store(k2, dft(k2, s2));
    store(k3, dft(k3, s3));
    computed.fill(1, first, first + 4);
    if (!computed[0]) {
      store(0, dft(0, sZero));
      computed[0] = 1;
    }
  };
  // Lags not asked for yet take the transform's value, whether or not a block summed them, so a
  // frame's values do not depend on the blocks.
  const transformRest = () => {
    for (let b = 0; b < n; b++) {
      even[b] = power[b];
      if (b > 0 && b < n - 1) even[size - b] = power[b];
    }
    fft(even, re, im);
    for (let k = 0; k < n; k++) if (!requested[k]) store(k, re[k]);
    transformed = true;
  };
  return {
    reset(m, at) {
      for (let b = 0; b < n; b++) power[b] = f32(m[at + b] * m[at + b]);
      computed.fill(0);
      requested.fill(0);
      asked = 0;
      transformed = false;
    },
    at(k) {
      if (!requested[k]) {
        if (!transformed) {
          if (++asked > fftAfter) transformRest();
          else if (!computed[k]) cosineSums(k);
        }
        requested[k] = 1;
      }
      return acf[k];
    },
  };
}
