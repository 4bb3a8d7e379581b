// Octave-scale spectrum of one 60 ms frame, IS10_SPEC.md §5.1: peak enhancement (QUIRK S1),
// smoothing, natural cubic spline onto the log2 grid, auditory weighting; computed in double,
// stored as float32.
import type { OctaveScalePlan } from './octave-scale-plan.js';
import { enhancePeaks, smoothSpectrum } from './peak-enhance.js';

/** Reusable per-frame buffers for {@link octaveScaleSpectrum}. */
export interface OctaveScaleScratch {
  readonly maxima: Int32Array;
  readonly smooth: Float64Array;
  readonly y2: Float64Array;
  readonly rhs: Float64Array;
}

/** Allocates scratch buffers for a plan. */
export function createOctaveScaleScratch(plan: OctaveScalePlan): OctaveScaleScratch {
  const n = plan.points;
  return { maxima: new Int32Array(n), smooth: new Float64Array(n), y2: new Float64Array(n), rhs: new Float64Array(n) };
}

/**
 * Natural-spline second derivatives of `y` on the plan's knots (Thomas algorithm, NR `spline`).
 * The right slope of knot i is the left slope of knot i+1, so it is computed once.
 */
function splineSecondDerivatives(plan: OctaveScalePlan, y: Float64Array, y2: Float64Array, rhs: Float64Array): void {
  const { knotStep: du, knotSpan, sig, forward, pivot } = plan;
  const n = plan.points;
  rhs[0] = 0;
  // Both sweeps are serial chains: carrying the previous value in a local keeps a store→load
  // round trip off each step (same operations; y2[k] = forward[k]·y2[k+1] + rhs[k] as in NR).
  let prev = 0;
  let left = (y[1] - y[0]) / du[0];
  for (let i = 1; i < n - 1; i++) {
    const right = (y[i + 1] - y[i]) / du[i];
    prev = ((6 * (right - left)) / knotSpan[i] - sig[i] * prev) / pivot[i];
    rhs[i] = prev;
    left = right;
  }
  let next = 0;
  y2[n - 1] = 0;
  for (let k = n - 2; k >= 0; k--) {
    next = forward[k] * next + rhs[k];
    y2[k] = next;
  }
}

/**
 * Computes the auditory-weighted octave-scale spectrum S (§5.1) of one frame.
 *
 * @param magnitude - |X_b|, b = 0..Nfft/2; overwritten (peak enhancement works in place).
 * @param plan - from createOctaveScalePlan(Nfft, Δf).
 * @param out - receives `plan.points` float32 values (0 where the spline is ≤ 0).
 */
export function octaveScaleSpectrum(magnitude: Float64Array, plan: OctaveScalePlan, scratch: OctaveScaleScratch, out: Float32Array): void {
  const { smooth, y2 } = scratch;
  enhancePeaks(magnitude, scratch.maxima);
  smoothSpectrum(magnitude, smooth);
  splineSecondDerivatives(plan, smooth, y2, scratch.rhs);
  const { interval, wA, wB, wC, wD, weight } = plan;
  for (let t = 0; t < plan.points; t++) {
    const k = interval[t];
    const s = wA[t] * smooth[k] + wB[t] * smooth[k + 1] + (wC[t] * y2[k] + wD[t] * y2[k + 1]);
    out[t] = s > 0 ? s * weight[t] : 0;
  }
}
