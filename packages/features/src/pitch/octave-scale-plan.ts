// Precomputed geometry of the log-frequency ("octave scale") resampling of IS10_SPEC.md §5.1
// steps 3–4: spline knots, the tridiagonal factors of the natural cubic spline (they depend only
// on the knots), target positions and the auditory weighting.

/** Everything about the §5.1 resampling that does not depend on the frame. */
export interface OctaveScalePlan {
  /** Spectrum bins = target points = Nfft/2 + 1. */
  readonly points: number;
  /** Knots u[i] = log2(i·Δf), u[0] = 2u[1] − u[2]. */
  readonly knots: Float64Array;
  /** u[i+1] − u[i] and u[i+1] − u[i−1], reused by every frame's spline. */
  readonly knotStep: Float64Array;
  readonly knotSpan: Float64Array;
  /** NR spline factors: sig[i] and 1/p[i] are per-knot constants of the forward sweep. */
  readonly sig: Float64Array;
  readonly forward: Float64Array;
  readonly pivot: Float64Array;
  /** Per target t: left knot k and the cubic weights A, B, (A³−A)h²/6, (B³−B)h²/6. */
  readonly interval: Int32Array;
  readonly wA: Float64Array;
  readonly wB: Float64Array;
  readonly wC: Float64Array;
  readonly wD: Float64Array;
  /** Auditory weighting g[t] (§5.1 step 4). */
  readonly weight: Float64Array;
  /** Octave-grid constants used by SHS (§5.2): points per octave, log2 of the grid start/end. */
  readonly pointsPerOctave: number;
  readonly log2Min: number;
  readonly log2Max: number;
}

/** Start of the IS10 log-frequency grid (§5.1); eGeMAPS starts at 25 Hz (EGEMAPS_SPEC F3). */
export const OCTAVE_SCALE_MIN_HZ = 20;

/** Left knot k with u_k < v ≤ u_{k+1}, clamped to the first/last interval. */
function findInterval(knots: Float64Array, v: number): number {
  let lo = 0;
  let hi = knots.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (knots[mid] >= v) hi = mid;
    else lo = mid;
  }
  return lo;
}

/** Forward-sweep constants of the natural cubic spline (Numerical Recipes `spline`). */
function splineFactors(u: Float64Array) {
  const n = u.length;
  const knotStep = new Float64Array(n);
  const knotSpan = new Float64Array(n);
  for (let i = 0; i < n - 1; i++) knotStep[i] = u[i + 1] - u[i];
  for (let i = 1; i < n - 1; i++) knotSpan[i] = u[i + 1] - u[i - 1];
  const sig = new Float64Array(n);
  const forward = new Float64Array(n);
  const pivot = new Float64Array(n);
  for (let i = 1; i < n - 1; i++) {
    sig[i] = (u[i] - u[i - 1]) / (u[i + 1] - u[i - 1]);
    pivot[i] = sig[i] * forward[i - 1] + 2;
    forward[i] = (sig[i] - 1) / pivot[i];
  }
  return { knotStep, knotSpan, sig, forward, pivot };
}

/**
 * Builds the plan for an `fftSize`-point pitch FFT with bin spacing `binHz` and a grid starting at
 * `minHz` (§5.1; 1024 points at 15.625 Hz give 513 points from 20 Hz to 8 kHz, ppo = 59.348512).
 *
 * @example createOctaveScalePlan(1024, 15.625).pointsPerOctave // 59.348512…
 */
export function createOctaveScalePlan(fftSize: number, binHz: number, minHz: number = OCTAVE_SCALE_MIN_HZ): OctaveScalePlan {
  const points = fftSize / 2 + 1;
  const df = binHz;
  const knots = new Float64Array(points);
  for (let i = 1; i < points; i++) knots[i] = Math.log2(i * df);
  knots[0] = 2 * knots[1] - knots[2];
  const log2Min = Math.log2(minHz);
  const log2Max = Math.log2(df * (points - 1));
  const step = (log2Max - log2Min) / (points - 1);
  const pointsPerOctave = points / (log2Max - log2Min);
  const s0 = pointsPerOctave * Math.log2(65 / 50) - 1;
  const interval = new Int32Array(points);
  const [wA, wB, wC, wD, weight] = Array.from({ length: 5 }, () => new Float64Array(points));
  for (let t = 0; t < points; t++) {
    const v = log2Min + t * step;
    const k = findInterval(knots, v);
    const h = knots[k + 1] - knots[k];
    const a = (knots[k + 1] - v) / h;
    const b = 1 - a;
    interval[t] = k;
    wA[t] = a;
    wB[t] = b;
    wC[t] = ((a * a * a - a) * (h * h)) / 6;
    wD[t] = ((b * b * b - b) * (h * h)) / 6;
    weight[t] = 0.5 + Math.atan((3 * (t + 1 - s0)) / pointsPerOctave) / Math.PI;
  }
  return { points, knots, ...splineFactors(knots), interval, wA, wB, wC, wD, weight, pointsPerOctave, log2Min, log2Max };
}
