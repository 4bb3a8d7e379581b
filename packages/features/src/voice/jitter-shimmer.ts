// jitterLocal, jitterDDP and shimmerLocal by waveform period matching, IS10_SPEC.md §5.4
// (QUIRKs J1–J3; float32 accumulators and outputs as specified).
import { IS10_PERIOD_SEARCH, searchPeriods, type PeriodSearch, type PeriodState, type PeriodSums } from './period-search.js';

const f32 = Math.fround;

/** Per-frame voice-quality contours (K values each, float32; 0 where unvoiced). */
export interface JitterShimmer {
  readonly jitterLocal: Float32Array;
  readonly jitterDDP: Float32Array;
  readonly shimmerLocal: Float32Array;
}

/**
 * One output of §5.4: a new ratio when the frame has periods (`hasRatio`: nP > 0 and, for
 * jitter, nPL/nPD > 0), the held value (≤ 1) when it has none, and 0 (held value kept) when
 * periods were found but too few for this measure.
 */
function heldOutput(held: number, nP: number, hasRatio: boolean, ratio: number): [number, number] {
  if (nP > 0 && hasRatio) {
    const v = Math.min(ratio, 1);
    return [v, v];
  }
  if (nP === 0) {
    const v = Math.min(held, 1);
    return [v, v];
  }
  return [held, 0];
}

/** Size of the correlation scratch buffer: hi − lo + 1 lags for the lowest F0 of the contour. */
function maxLags(f0Final: Float32Array, sampleRateHz: number, search: PeriodSearch): number {
  let minF0 = Infinity;
  for (let j = 0; j < f0Final.length; j++) if (f0Final[j] > 0 && f0Final[j] < minF0) minF0 = f0Final[j];
  return minF0 === Infinity ? 0 : Math.ceil(((search.high - search.low) * sampleRateHz) / minF0) + 4;
}

/**
 * The variant of the component: IS10 (QUIRKs J1, J2: the waveform at frame j+1's time stamp)
 * or eGeMAPS (EGEMAPS_SPEC.md F7: ±10 % lags, ccI > 0.5, frame j's own time stamp).
 */
export interface JitterShimmerVariant {
  readonly search: PeriodSearch;
  /** Frame j's waveform starts at (j + stampOffset)·hop. */
  readonly stampOffset: number;
}

export const IS10_JITTER_SHIMMER: JitterShimmerVariant = { search: IS10_PERIOD_SEARCH, stampOffset: 1 };
export const EGEMAPS_JITTER_SHIMMER: JitterShimmerVariant = { search: { low: 0.9, high: 1.1, minCorrelation: 0.5 }, stampOffset: 0 };

/**
 * Computes jitter/shimmer for K pitch frames (§5.4). With the IS10 variant frame j uses F0final[j]
 * on the waveform at frame j+1's time stamp (QUIRK J2); the last accepted period carries across
 * voiced frames (J3).
 *
 * @param signal - mono samples (float32, §2).
 * @param f0Final - unsmoothed F0final (Hz, 0 = unvoiced), K values (§5.3).
 * @param sampleRateHz - sample rate; hop = round(0.01·fs), lenF = round(0.06·fs).
 * @param variant - IS10_JITTER_SHIMMER (default) or EGEMAPS_JITTER_SHIMMER.
 * @example jitterShimmer(x, f0Final, 16000).jitterLocal
 */
export function jitterShimmer(
  signal: Float32Array,
  f0Final: Float32Array,
  sampleRateHz: number,
  variant: JitterShimmerVariant = IS10_JITTER_SHIMMER,
): JitterShimmer {
  const { search, stampOffset } = variant;
  const hop = Math.round(0.01 * sampleRateHz);
  const lenF = Math.round(0.06 * sampleRateHz);
  const k = f0Final.length;
  const out = { jitterLocal: new Float32Array(k), jitterDDP: new Float32Array(k), shimmerLocal: new Float32Array(k) };
  const cc = new Float64Array(maxLags(f0Final, sampleRateHz, search));
  const state: PeriodState = { lastT0: 0, lastD: 0 };
  let pos = 0;
  let carry = 0;
  let hJL = 0;
  let hJD = 0;
  let hSh = 0;
  for (let j = 0; j < k; j++) {
    const f0 = f0Final[j];
    const s = (j + stampOffset) * hop;
    const base = hop + carry;
    let n = f0 > 0 ? Math.max(base, 2 * Math.ceil(search.high * (1 / f0 / (1 / sampleRateHz))) + 2) : base;
    n = Math.min(n, carry + lenF);
    if (s - carry !== pos) {
      pos = s;
      n = Math.min(n, lenF);
    }
    n = Math.min(n, signal.length - pos);
    if (!(f0 > 0)) {
      pos += base;
      carry = 0;
      state.lastT0 = 0;
      state.lastD = 0;
      hJL = hJD = hSh = 0;
      continue;
    }
    const p: PeriodSums = searchPeriods(signal, pos, n, base, f0, sampleRateHz, state, cc, search);
    // ratios of absent periods come out NaN or ∞ here and are never output (heldOutput's hasRatio)
    const meanT = f32(p.sumT / p.nP);
    [hJL, out.jitterLocal[j]] = heldOutput(hJL, p.nP, p.nPL > 0, f32(f32(p.sumJL / p.nPL) / meanT));
    [hJD, out.jitterDDP[j]] = heldOutput(hJD, p.nP, p.nPD > 0, f32(f32(p.sumJD / p.nPD) / meanT));
    [hSh, out.shimmerLocal[j]] = heldOutput(hSh, p.nP, true, p.sumA > 0 ? f32(p.sumAD / p.sumA) : 0);
    carry = base - p.lastStart;
    pos += p.lastStart;
  }
  return out;
}
