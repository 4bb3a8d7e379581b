// Waveform period matching inside one voiced frame, IS10_SPEC.md §5.4 (QUIRK J1 and the float32
// accumulators reproduced literally with Math.fround).
import { parabolaVertex } from './parabola-vertex.js';
import { pearson, pearsonPair } from './pearson.js';

const f32 = Math.fround;

/** Cross-frame state of §5.4 (QUIRK J3: carried while voiced). */
export interface PeriodState {
  lastT0: number;
  lastD: number;
}

/**
 * How periods are searched and accepted: lags in [floor(low·Tf), ceil(high·Tf)] and either
 * IS10's QUIRK J1 (a period is accepted when its correlation beats the frame's float32 running
 * minimum) or a plain correlation threshold (eGeMAPS, EGEMAPS_SPEC.md F7: ccI > 0.5).
 */
export interface PeriodSearch {
  readonly low: number;
  readonly high: number;
  /** null = QUIRK J1 (IS10); a number = minimum correlation. */
  readonly minCorrelation: number | null;
}

/** IS10_SPEC §5.4: ±20 % lags, QUIRK J1. */
export const IS10_PERIOD_SEARCH: PeriodSearch = { low: 0.8, high: 1.2, minCorrelation: null };

/** Float32 accumulators of one voiced frame. */
export interface PeriodSums {
  nP: number;
  nPL: number;
  nPD: number;
  sumT: number;
  sumJL: number;
  sumJD: number;
  sumA: number;
  sumAD: number;
  /** Start of the last period that began before `base − 1` (sets the next frame's carry). */
  lastStart: number;
}

/** float32 peak-to-peak amplitude of `x[from..to]` (inclusive). */
function peakToPeak(x: Float32Array, from: number, to: number): number {
  let min = x[from];
  let max = x[from];
  for (let i = from + 1; i <= to; i++) {
    const v = x[i];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return f32(max - min);
}

/** Index in 1..cc.length−3 of the largest strict local maximum (first on ties), or −1. */
function bestPeak(cc: Float64Array, count: number): number {
  let peak = -1;
  for (let i = 1; i <= count - 3; i++) {
    if (cc[i - 1] < cc[i] && cc[i] > cc[i + 1] && (peak < 0 || cc[i] > cc[peak])) peak = i;
  }
  return peak;
}

/** Adds one accepted period (seconds, float32) to the jitter sums. */
function acceptPeriod(period: number, s: PeriodSums, state: PeriodState): void {
  s.nP++;
  s.sumT = f32(s.sumT + period);
  if (state.lastT0 > 0) {
    const d = f32(Math.abs(state.lastT0 - period));
    s.sumJL = f32(s.sumJL + d);
    s.nPL++;
    if (state.lastD > 0) {
      s.sumJD = f32(s.sumJD + f32(Math.abs(state.lastD - d)));
      s.nPD++;
    }
    state.lastD = d;
  }
  state.lastT0 = period;
}

/**
 * Scans `seg = x[pos..pos+n)` period by period for a frame with F0 `f0Hz` (§5.4, voiced case).
 *
 * @param cc - scratch buffer, length ≥ hi − lo + 1.
 */
export function searchPeriods(
  x: Float32Array,
  pos: number,
  n: number,
  base: number,
  f0Hz: number,
  sampleRateHz: number,
  state: PeriodState,
  cc: Float64Array,
  search: PeriodSearch = IS10_PERIOD_SEARCH,
): PeriodSums {
  const T = 1 / sampleRateHz;
  const tf = 1 / f0Hz / T;
  const t0 = Math.round(tf);
  const lo = Math.floor(search.low * tf);
  const hi = Math.ceil(search.high * tf);
  const s: PeriodSums = { nP: 0, nPL: 0, nPD: 0, sumT: 0, sumJL: 0, sumJD: 0, sumA: 0, sumAD: 0, lastStart: 0 };
  let minCC = -2;
  let q = 0;
  while (q < n - 2 * hi - 1) {
    let sumU = 0;
    for (let i = 0; i < lo - 1; i++) sumU += x[pos + q + i];
    let L = lo;
    for (; L + 1 <= hi; L += 2) {
      sumU += x[pos + q + L - 1];
      const sumUNext = sumU + x[pos + q + L];
      pearsonPair(x, pos + q, L, sumU, sumUNext, cc, L - lo);
      sumU = sumUNext;
    }
    if (L <= hi) {
      sumU += x[pos + q + L - 1];
      cc[L - lo] = pearson(x, pos + q, pos + q + L, L, sumU);
    }
    const peak = bestPeak(cc, hi - lo + 1);
    if (peak < 0) {
      q += t0;
    } else {
      const lp = lo + peak;
      const q0 = q;
      q += lp;
      const a0 = peakToPeak(x, pos + q0 + 1, pos + q0 + lp - 2);
      const a1 = peakToPeak(x, pos + q + 1, pos + q + lp - 2);
      const dA = Math.abs(f32(a0 - a1));
      const v = parabolaVertex(cc[peak - 1], cc[peak], cc[peak + 1]);
      const period = f32(Math.abs(lo + peak + v.offset) * T);
      if (minCC === -2 || minCC > v.value) minCC = f32(v.value);
      if (v.value > (search.minCorrelation ?? minCC)) {
        acceptPeriod(period, s, state);
        s.sumA = f32(s.sumA + f32(f32(a0 + a1) / 2));
        s.sumAD = f32(s.sumAD + dA);
      }
    }
    if (q < base - 1) s.lastStart = q;
  }
  return s;
}
