// Sub-harmonic summation (Hermes 1988) and candidate selection of IS10_SPEC.md §5.2.
import type { OctaveScalePlan } from './octave-scale-plan.js';

const f32 = Math.fround;
const HARMONICS = 15;
const COMPRESSION = 0.85;
const CANDIDATES = 6;
// (abscissa, value) of the last parabola vertex; module scratch keeps the per-frame loop allocation-free.
const vertex = new Float64Array(2);

/** Constants of the SHS stage derived from the octave grid (float32 as in §5.2). */
export interface ShsPlan {
  /** Grid shift of harmonic h = 2..15: floor(f32(ppo)·log2 h). */
  readonly shifts: Int32Array;
  /** Float32 weights 0.85^(h−1), h = 2..15. */
  readonly gains: Float32Array;
  readonly u0: number;
  readonly du: number;
}

/** Builds the SHS constants for a plan (§5.2; shifts 59, 94, …, 231 at 16 kHz). */
export function createShsPlan(plan: OctaveScalePlan): ShsPlan {
  const ppo32 = f32(plan.pointsPerOctave);
  const shifts = new Int32Array(HARMONICS - 1);
  const gains = new Float32Array(HARMONICS - 1);
  let c = f32(COMPRESSION);
  for (let h = 2; h <= HARMONICS; h++) {
    shifts[h - 2] = Math.floor(ppo32 * Math.log2(h));
    gains[h - 2] = c;
    c = f32(c * COMPRESSION);
  }
  const u0 = f32(plan.log2Min);
  const du = f32((f32(plan.log2Max) - u0) / (plan.points - 1));
  return { shifts, gains, u0, du };
}

/** Positions of the ≤ 6 largest strict local maxima of `ss`, by score descending (§5.2 step 3). */
function topPeaks(ss: Float32Array, pos: Int32Array, score: Float64Array): void {
  score.fill(0);
  pos.fill(-1);
  for (let t = 1; t < ss.length - 1; t++) {
    const v = ss[t];
    if (!(ss[t - 1] < v && v > ss[t + 1])) continue;
    let slot = 0;
    while (slot < CANDIDATES && score[slot] !== 0 && score[slot] >= v) slot++;
    if (slot === CANDIDATES) continue;
    for (let m = CANDIDATES - 1; m > slot; m--) {
      score[m] = score[m - 1];
      pos[m] = pos[m - 1];
    }
    score[slot] = v;
    pos[slot] = t;
  }
}

/** F0 search range of the SHS candidates (§5.2 step 5). */
export interface PitchRange {
  readonly minHz: number;
  readonly maxHz: number;
}

/** The IS10 range [52, 620] Hz (§5.2). */
export const IS10_PITCH_RANGE: PitchRange = { minHz: 52, maxHz: 620 };

/** The ≤ 6 candidates of one frame after range pruning, survivors first in list order (§5.2 steps 4–5). */
export interface ShsCandidateList {
  count: number;
  readonly f0Hz: Float64Array;
  readonly voicing: Float64Array;
  readonly score: Float64Array;
}

/** Empty candidate list buffers (slots beyond `count` are (0, 0, 0)). */
export function createShsCandidateList(): ShsCandidateList {
  return { count: 0, f0Hz: new Float64Array(CANDIDATES), voicing: new Float64Array(CANDIDATES), score: new Float64Array(CANDIDATES) };
}

/**
 * All candidates of one frame (§5.2 steps 2–5): parabolic refinement of the SHS peaks on the log2
 * grid, voicing `1 − mean/score`, range pruning (survivors keep their order, freed slots are empty).
 *
 * @param ss - SHS spectrum from {@link subharmonicSum}.
 * @param out - receives the list; an out-parameter keeps the per-frame loop allocation-free.
 */
export function shsCandidates(
  ss: Float32Array,
  shs: ShsPlan,
  range: PitchRange,
  pos: Int32Array,
  score: Float64Array,
  out: ShsCandidateList,
): void {
  let sum = 0;
  for (let t = 0; t < ss.length; t++) sum += ss[t];
  const mean = sum / ss.length;
  topPeaks(ss, pos, score);
  out.f0Hz.fill(0);
  out.voicing.fill(0);
  out.score.fill(0);
  let count = 0;
  for (let c = 0; c < CANDIDATES && pos[c] >= 0; c++) {
    const t = pos[c];
    const x0 = f32(shs.u0 + f32((t - 1) * shs.du));
    const x1 = f32(shs.u0 + f32(t * shs.du));
    const x2 = f32(shs.u0 + f32((t + 1) * shs.du));
    parabolaVertex3(x0, x1, x2, ss[t - 1], ss[t], ss[t + 1], vertex);
    const f = Math.pow(2, vertex[0]);
    const sc = vertex[1];
    if (f > range.maxHz || f < range.minHz) continue;
    out.f0Hz[count] = f;
    out.voicing[count] = sc > 0 && sc > mean ? 1 - mean / sc : 0;
    out.score[count] = sc;
    count++;
  }
  out.count = count;
}

const is10List = createShsCandidateList();

/**
 * Best pitch candidate of one frame (§5.2 steps 2–6) in the IS10 range [52, 620] Hz: the
 * surviving candidate with the highest score (the first one on ties).
 *
 * @param ss - SHS spectrum from {@link subharmonicSum}.
 * @param best - receives `[f0Hz, voicing]` (both 0 when no candidate survives); an out-parameter
 *   keeps the per-frame loop allocation-free.
 */
export function bestShsCandidate(ss: Float32Array, shs: ShsPlan, pos: Int32Array, score: Float64Array, best: Float64Array): void {
  shsCandidates(ss, shs, IS10_PITCH_RANGE, pos, score, is10List);
  let bestF = 0;
  let bestV = 0;
  let bestScore = -Infinity;
  for (let c = 0; c < is10List.count; c++) {
    if (is10List.score[c] > bestScore) {
      bestScore = is10List.score[c];
      bestF = is10List.f0Hz[c];
      bestV = is10List.voicing[c];
    }
  }
  best[0] = bestF;
  best[1] = bestV;
}

/** Vertex (abscissa, value) of the parabola through three points → `out`; degenerate → largest point. */
function parabolaVertex3(x0: number, x1: number, x2: number, y0: number, y1: number, y2: number, out: Float64Array): void {
  const den = (x0 - x1) * (x0 - x2) * (x1 - x2);
  const a = (x2 * (y1 - y0) + x1 * (y0 - y2) + x0 * (y2 - y1)) / den;
  const b = (x2 * x2 * (y0 - y1) + x1 * x1 * (y2 - y0) + x0 * x0 * (y1 - y2)) / den;
  const c = (x1 * x2 * (x1 - x2) * y0 + x2 * x0 * (x2 - x0) * y1 + x0 * x1 * (x0 - x1) * y2) / den;
  if (a === 0 || !Number.isFinite(a)) {
    const [x, y] = y0 >= y1 && y0 >= y2 ? [x0, y0] : y2 > y1 ? [x2, y2] : [x1, y1];
    out[0] = x;
    out[1] = y;
    return;
  }
  out[0] = -b / (2 * a);
  out[1] = c - (b * b) / (4 * a);
}
