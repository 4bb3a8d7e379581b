// QUIRK R1 of IS10_SPEC.md §4.4 step 1 (general-rate form §9): openSMILE "resamples" the
// 25 ms frame to 11 kHz by evaluating a truncated inverse DFT of the symmetrically padded
// frame's spectrum on a stretched time axis:
//   y[i] = (R_0 + Σ_{b=1}^{B} [R_b cos(2πbi/nI) + I_b sin(2πbi/nI)] (+ Nyquist term)) / (Kfft/2).

/** Resampler geometry and its precomputed phase tables. */
export interface SpectralResampler {
  /** Output samples (275 at 16 kHz). */
  readonly outputSamples: number;
  /** Highest bin summed (136 at 16 kHz). */
  readonly maxBin: number;
  readonly fftSize: number;
  /** Include R_{K/2}·cos(π·K·i/nI) (only when outputSamples ≥ fftSize). */
  readonly nyquist: boolean;
  /** Period nI when it is an integer (phase tables of length nI), else 0 (tables per (i, b)). */
  readonly period: number;
  readonly cos: Float64Array;
  readonly sin: Float64Array;
}

const TARGET_RATE_HZ = 11000;
const cache = new Map<string, SpectralResampler>();

function build(sampleRateHz: number, frameSamples: number, fftSize: number): SpectralResampler {
  const outputSamples = Math.round((TARGET_RATE_HZ * frameSamples) / sampleRateHz);
  const nI = (fftSize * outputSamples) / frameSamples;
  const kMax = Math.min(fftSize, outputSamples) & ~1;
  const maxBin = kMax / 2 - 1;
  const nyquist = outputSamples >= fftSize;
  const period = Number.isInteger(nI) ? nI : 0;
  const size = period > 0 ? period : outputSamples * (fftSize / 2 + 1);
  const cos = new Float64Array(size);
  const sin = new Float64Array(size);
  for (let q = 0; q < size; q++) {
    // integer period: q is the phase index (b·i mod nI); otherwise q = i·(K/2+1) + b
    const phase = period > 0 ? q : Math.floor(q / (fftSize / 2 + 1)) * (q % (fftSize / 2 + 1));
    cos[q] = Math.cos((2 * Math.PI * phase) / nI);
    sin[q] = Math.sin((2 * Math.PI * phase) / nI);
  }
  return { outputSamples, maxBin, fftSize, nyquist, period, cos, sin };
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

/**
 * Evaluates y[0..outputSamples) from the +sin-convention spectrum (re, im) of §3.4.
 * @param out - receives `r.outputSamples` values, rounded to float32 as openSMILE stores them.
 */
export function applySpectralResampler(r: SpectralResampler, re: Float64Array, im: Float64Array, out: Float64Array): void {
  const { outputSamples, maxBin, period, cos, sin, fftSize } = r;
  const half = fftSize / 2;
  const stride = half + 1;
  for (let i = 0; i < outputSamples; i++) {
    let acc = re[0];
    if (period > 0) {
      let q = 0;
      for (let b = 1; b <= maxBin; b++) {
        q += i;
        if (q >= period) q -= period;
        acc += re[b] * cos[q] + im[b] * sin[q];
      }
      if (r.nyquist) acc += re[half] * cos[(half * i) % period];
    } else {
      const row = i * stride;
      for (let b = 1; b <= maxBin; b++) acc += re[b] * cos[row + b] + im[b] * sin[row + b];
      if (r.nyquist) acc += re[half] * cos[row + half];
    }
    out[i] = Math.fround(acc / half);
  }
}
