import { parseOptions } from '@emocode/core';
import { designPolyphaseFilter, type PolyphaseFilter } from './polyphase-filter.js';
import { resampleOptions, type ResampleOptions, type ResolvedResampleOptions } from './resample-options.js';

/** A resampler for one fixed rate pair; reuse it across signals to design the filter once. */
export type Resampler = (signal: Float32Array) => Float32Array;

/**
 * Builds a band-limited resampler (polyphase windowed sinc, Kaiser window, ≥ `stopbandDb`
 * stopband from the lower Nyquist frequency up, -6 dB at 0.95 of it by default). Rational
 * ratios such as 22050→16000 (320/441) or 48000→16000 (1/3) are exact: every output sample
 * uses the kernel at its exact phase. Zero phase (no delay); the signal is taken as zero
 * outside its ends. Output length = round(N · toRateHz / fromRateHz). Equal rates return a copy.
 * Browser-safe.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS for non-integer or non-positive rates
 * @example
 * const to16k = createResampler({ fromRateHz: 44100, toRateHz: 16000 });
 * const y = to16k(x44k);
 */
export function createResampler(options: ResampleOptions): Resampler {
  const o = parseOptions(resampleOptions, options, 'createResampler');
  if (o.fromRateHz === o.toRateHz) return (signal) => signal.slice();
  const stages = planStages(o);
  const last = stages.length - 1;
  return (signal) => {
    const length = Math.round((signal.length * o.toRateHz) / o.fromRateHz);
    let y = signal;
    stages.forEach((stage, i) => (y = resampleUnchecked(y, stage, i === last ? length : undefined)));
    return y;
  };
}

/**
 * The filter stages. Large downsampling ratios first halve the rate (while the half rate stays
 * above the target) with a short filter: it keeps 0..toRate/2 and only needs to stop what would
 * alias below toRate/2, so its transition band is wide. The last stage does the sharp cut at
 * `cutoffFraction` of the lower Nyquist frequency. 44.1 → 22.05 → 16 kHz costs about 2/3 of
 * the single stage, with the same stopband and phase behaviour.
 */
function planStages(o: ResolvedResampleOptions): PolyphaseFilter[] {
  const stages: PolyphaseFilter[] = [];
  const targetNyquistHz = o.toRateHz / 2;
  let fromRateHz = o.fromRateHz;
  while (fromRateHz % 2 === 0 && fromRateHz / 2 > o.toRateHz) {
    const half = fromRateHz / 2;
    stages.push(
      designPolyphaseFilter({
        fromRateHz,
        toRateHz: half,
        passbandEdgeHz: targetNyquistHz,
        stopbandEdgeHz: half - targetNyquistHz,
        stopbandDb: o.stopbandDb,
      }),
    );
    fromRateHz = half;
  }
  const nyquistHz = Math.min(fromRateHz, o.toRateHz) / 2;
  // Transition band centred on the cutoff and ending at the lower Nyquist frequency.
  const passbandEdgeHz = (2 * o.cutoffFraction - 1) * nyquistHz;
  stages.push(
    designPolyphaseFilter({ fromRateHz, toRateHz: o.toRateHz, passbandEdgeHz, stopbandEdgeHz: nyquistHz, stopbandDb: o.stopbandDb }),
  );
  return stages;
}

/**
 * Resamples `signal` (mono, any length) from `fromRateHz` to `toRateHz`; see `createResampler`.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS
 * @example
 * const y = resample(x, { fromRateHz: 22050, toRateHz: 16000 });
 */
export function resample(signal: Float32Array, options: ResampleOptions): Float32Array {
  return createResampler(options)(signal);
}

/**
 * The polyphase convolution; no checks; allocates the output and a float64 copy of the input.
 * `length` defaults to round(N · phases / step).
 */
export function resampleUnchecked(signal: Float32Array, filter: PolyphaseFilter, length?: number): Float32Array {
  const { phases, step, halfTaps } = filter;
  const n = signal.length;
  // Float64 input and four partial sums keep the inner loop on one element type and let
  // independent multiply-adds overlap (about 1.3x faster than the plain loop in V8).
  const x = Float64Array.from(signal);
  const out = new Float32Array(length ?? Math.round((n * phases) / step));
  const width = 2 * halfTaps;
  for (let i = 0; i < out.length; i++) {
    const t = i * step;
    const base = Math.floor(t / phases);
    const taps = filter.row(t - base * phases);
    const first = base - halfTaps + 1;
    if (first >= 0 && first + width <= n) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let k = 0;
      for (; k + 3 < width; k += 4) {
        const j = first + k;
        s0 += taps[k] * x[j];
        s1 += taps[k + 1] * x[j + 1];
        s2 += taps[k + 2] * x[j + 2];
        s3 += taps[k + 3] * x[j + 3];
      }
      for (; k < width; k++) s0 += taps[k] * x[first + k];
      out[i] = s0 + s1 + (s2 + s3);
    } else {
      const kFrom = first < 0 ? -first : 0;
      const kTo = first + width > n ? n - first : width;
      let sum = 0;
      for (let k = kFrom; k < kTo; k++) sum += taps[k] * x[first + k];
      out[i] = sum;
    }
  }
  return out;
}
