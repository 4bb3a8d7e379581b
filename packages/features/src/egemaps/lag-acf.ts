// The ACF of F9.1 (QUIRK HN1) for one 60 ms frame: lag k of the real 2(n−1)-point DFT of the
// power spectrum P_b = f32(A_b²) mirrored to an even sequence, halved, ÷ n, stored as float32,
//   acf[k] = f32(|P_0 + (−1)^k·P_{n−1} + 2·Σ_{b=1}^{n−2} P_b·cos(π·b·k/(n−1))| / 2 / n).
// The HNR reads acf[0] and the few lags around the F0 period where its peak search starts, so a
// frame computes the lags it asks for as those cosine sums (float64, a table of cos, four
// neighbouring lags per pass), and falls back to one FFT for the lags still missing once a search
// has asked for more than a full transform costs (a voiced frame of RAVDESS asked for 4–8; the
// FFT of every lag was most of the HNR).
import { createRealFft, type RealFft } from '../spectral/fft.js';

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

// A class rather than closures made per call: V8 holds a closure's optimised code weakly, and the
// harmonics make a LagAcf per signal, so its closures were compiled again after each full garbage
// collection (17 times in one pass over EmoDB); a class's methods live as long as the class.
class LagAcfTable implements LagAcf {
  private readonly size: number;
  private readonly mask: number;
  private readonly cos: Float64Array;
  /** Lags asked for beyond which the rest come from one FFT. */
  private readonly fftAfter: number;
  private readonly fft: RealFft;
  private readonly power: Float64Array;
  private readonly even: Float64Array;
  private readonly re: Float64Array;
  private readonly im: Float64Array;
  private readonly acf: Float64Array;
  private readonly computed: Uint8Array;
  private readonly requested: Uint8Array;
  private asked = 0;
  private transformed = false;

  constructor(private readonly n: number) {
    this.size = 2 * (n - 1);
    this.mask = this.size - 1;
    this.cos = cosineTable(this.size);
    // A cosine sum costs ~n multiply-adds, the FFT of all lags ~5·size·log2(size)/4 operations.
    this.fftAfter = Math.max(4, Math.round((1.25 * this.size * Math.log2(this.size)) / n));
    this.fft = createRealFft(this.size);
    this.power = new Float64Array(n);
    this.even = new Float64Array(this.size);
    this.re = new Float64Array(n);
    this.im = new Float64Array(n);
    this.acf = new Float64Array(n);
    this.computed = new Uint8Array(n);
    this.requested = new Uint8Array(n);
  }

  reset(m: Float32Array, at: number): void {
    const { n, power } = this;
    for (let b = 0; b < n; b++) power[b] = f32(m[at + b] * m[at + b]);
    this.computed.fill(0);
    this.requested.fill(0);
    this.asked = 0;
    this.transformed = false;
  }

  at(k: number): number {
    if (!this.requested[k]) {
      if (!this.transformed) {
        if (++this.asked > this.fftAfter) this.transformRest();
        else if (!this.computed[k]) this.cosineSums(k);
      }
      this.requested[k] = 1;
    }
    return this.acf[k];
  }

  private store(k: number, dft: number): void {
    this.acf[k] = f32(Math.abs(dft / 2) / this.n);
  }

  private dft(k: number, sum: number): number {
    const { n, power } = this;
    return power[0] + (k % 2 === 0 ? power[n - 1] : -power[n - 1]) + 2 * sum;
  }

  // A search reads neighbouring lags, so lags k−1..k+2 are summed in one pass over the spectrum:
  // four independent chains of adds cost about what one costs, and each lag is still summed in
  // bin order, so its value is the single cosine sum's. Lag 0, which the HNR always reads after
  // its search, rides along as a fifth chain (cos 0 = 1, so p·1 = p: the same sum, bit for bit).
  private cosineSums(k: number): void {
    const { n, power, cos, mask } = this;
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
    this.store(k0, this.dft(k0, s0));
    this.store(k1, this.dft(k1, s1));
    this.store(k2, this.dft(k2, s2));
    this.store(k3, this.dft(k3, s3));
    this.computed.fill(1, first, first + 4);
    if (!this.computed[0]) {
      this.store(0, this.dft(0, sZero));
      this.computed[0] = 1;
    }
  }

  // Lags not asked for yet take the transform's value, whether or not a block summed them, so a
  // frame's values do not depend on the blocks.
  private transformRest(): void {
    const { n, size, power, even, re } = this;
    for (let b = 0; b < n; b++) {
      even[b] = power[b];
      if (b > 0 && b < n - 1) even[size - b] = power[b];
    }
    this.fft(even, re, this.im);
    for (let k = 0; k < n; k++) if (!this.requested[k]) this.store(k, re[k]);
    this.transformed = true;
  }
}

/**
 * For spectra of n = 2^j + 1 bins (the 60 ms pitch FFT's).
 * @example const acf = createLagAcf(513); acf.reset(mags, row); acf.at(0)
 */
export function createLagAcf(n: number): LagAcf {
  return new LagAcfTable(n);
}
