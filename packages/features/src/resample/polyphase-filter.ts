import { besselI0, kaiserDesign, kaiserWindow } from './kaiser.js';

/** One lowpass stage: rates in Hz and the band edges of its anti-aliasing filter. */
export interface StageSpec {
  readonly fromRateHz: number;
  readonly toRateHz: number;
  /** Flat (within the stopband ripple) up to here. */
  readonly passbandEdgeHz: number;
  /** Attenuated by at least `stopbandDb` from here up. */
  readonly stopbandEdgeHz: number;
  readonly stopbandDb: number;
}

/**
 * A band-limited interpolation kernel split into `phases` branches. Output sample n sits at
 * input time t = n·step/phases; with base = floor(t) and phase = t·phases mod phases, it is
 * Σ_k row(phase)[k] · x[base − halfTaps + 1 + k], k = 0..2·halfTaps−1.
 */
export interface PolyphaseFilter {
  /** Output period in input samples is `step / phases` (both reduced by their gcd). */
  readonly phases: number;
  readonly step: number;
  /** Taps each side of the output instant; a row has 2·halfTaps taps. */
  readonly halfTaps: number;
  /** The taps of one phase (computed on first use and kept). */
  row(phase: number): Float64Array;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/**
 * Designs the windowed-sinc lowpass of one stage: ideal lowpass at the middle of the transition
 * band (unit DC gain), Kaiser window sized by Kaiser's formula for `stopbandDb` over that band.
 * Phases are exact: the ratio is reduced to `phases/step` by the gcd.
 */
export function designPolyphaseFilter(o: StageSpec): PolyphaseFilter {
  const divisor = gcd(o.fromRateHz, o.toRateHz);
  const phases = o.toRateHz / divisor;
  const step = o.fromRateHz / divisor;
  const transitionHz = o.stopbandEdgeHz - o.passbandEdgeHz;
  const cutoff = (o.passbandEdgeHz + o.stopbandEdgeHz) / 2 / o.fromRateHz; // cycles per input sample
  // 3 dB margin: Kaiser's length formula is an estimate, and we promise at least stopbandDb.
  const { beta, taps } = kaiserDesign(o.stopbandDb + 3, (2 * Math.PI * transitionHz) / o.fromRateHz);
  const halfWidth = taps / 2 + 1;
  const halfTaps = Math.ceil(halfWidth);
  const i0Beta = besselI0(beta);
  const kernel = (tau: number): number => {
    const x = 2 * cutoff * tau;
    const sinc = x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    return 2 * cutoff * sinc * kaiserWindow(tau / halfWidth, beta, i0Beta);
  };
  const rows: (Float64Array | undefined)[] = new Array<Float64Array | undefined>(phases);
  const row = (phase: number): Float64Array => {
    let taps = rows[phase];
    if (taps === undefined) {
      taps = new Float64Array(2 * halfTaps);
      for (let k = 0; k < taps.length; k++) taps[k] = kernel(phase / phases + halfTaps - 1 - k);
      rows[phase] = taps;
    }
    return taps;
  };
  return { phases, step, halfTaps, row };
}
