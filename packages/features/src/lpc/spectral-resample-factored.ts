// Factored evaluation of the QUIRK R1 resampler (IS10_SPEC.md §4.4 step 1) for an integer period
// nI = P·m: y[i] = Re Σ_b D_b e^{−2πi·bi/nI}, D_b = R_b + i·I_b, via m radix-2 FFTs of size P over
// b = b2 + m·b1, twiddles, and per output an m-point DFT with conjugate kernels folded in pairs.
import { complexFftBitReversed } from '../spectral/complex-fft.js';
import type { SpectralResampler } from './spectral-resample.js';

function gatherAndTransform(r: SpectralResampler, re: Float64Array, im: Float64Array): void {
  const { period, workRe, workIm, radix2, gatherBins, gatherSlots } = r;
  const half = r.fftSize / 2;
  workRe.fill(0);
  workIm.fill(0);
  for (let t = 0; t < gatherBins.length; t++) {
    const b = gatherBins[t];
    workRe[gatherSlots[t]] = re[b];
    // the DC and Nyquist terms are real (I_0 = I_{K/2} = 0 for a real input anyway)
    if (b !== 0 && b !== half) workIm[gatherSlots[t]] = im[b];
  }
  for (let base = 0; base < period; base += radix2.size) complexFftBitReversed(radix2, workRe, workIm, base);
}

/**
 * Twiddles block a by e^{−2πi·a·i1/nI} and folds blocks a and m − a (m odd), whose m-point DFT
 * kernels are complex conjugates, into S = Vr_a + Vr_{m−a} (stored in workRe) and
 * D = Vi_a − Vi_{m−a} (workIm), so each output needs (m − 1)/2 terms instead of m.
 */
function twiddleAndFold(r: SpectralResampler): void {
  const { workRe, workIm, cos, sin, period } = r;
  const p = r.radix2.size;
  const m = period / p;
  for (let a = 1; a <= (m - 1) >> 1; a++) {
    const lo = a * p;
    const hi = (m - a) * p;
    for (let i1 = 0, q = 0, qHi = 0; i1 < p; i1++, q += a, qHi += m - a) {
      const vr = workRe[lo + i1] * cos[q] + workIm[lo + i1] * sin[q];
      const vi = workIm[lo + i1] * cos[q] - workRe[lo + i1] * sin[q];
      const wr = workRe[hi + i1] * cos[qHi] + workIm[hi + i1] * sin[qHi];
      const wi = workIm[hi + i1] * cos[qHi] - workRe[hi + i1] * sin[qHi];
      workRe[lo + i1] = vr + wr;
      workIm[lo + i1] = vi - wi;
    }
  }
}

/** y[i1 + p·i2] = S_0 + Σ_a S_a cos(2π·a·i2/m) + D_a sin(2π·a·i2/m), scaled by 1/(Kfft/2). */
function sumFolded(r: SpectralResampler, out: Float64Array): void {
  const { period, cos, sin, workRe, workIm } = r;
  const half = r.fftSize / 2;
  const p = r.radix2.size;
  const pairs = (period / p - 1) >> 1;
  for (let i = 0; i < r.outputSamples; i++) {
    const i1 = i & (p - 1);
    // angle 2π·a·i2/m in table units (1/nI) is a·(i − i1) mod nI
    const step = (i - i1) % period;
    let acc = workRe[i1];
    for (let a = 1, q = step; a <= pairs; a++) {
      acc += workRe[a * p + i1] * cos[q] + workIm[a * p + i1] * sin[q];
      q += step;
      if (q >= period) q -= period;
    }
    out[i] = Math.fround(acc / half);
  }
}

/** Writes y[0..outputSamples) (float32-rounded) for a resampler with `period > 0`. */
export function applyFactored(r: SpectralResampler, re: Float64Array, im: Float64Array, out: Float64Array): void {
  gatherAndTransform(r, re, im);
  twiddleAndFold(r);
  sumFolded(r, out);
}
