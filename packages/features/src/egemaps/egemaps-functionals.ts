// The 88 eGeMAPSv02 functionals of EGEMAPS_SPEC.md part G: smoothing, voicing gates, the frames
// each group sees (G2), moments, percentiles, slopes, peaks, segments and Leq.
import { movingAverage, movingAverageNonZero } from '../contour/moving-average.js';
import { extremes } from '../functionals/extremes.js';
import { moments } from '../functionals/moments.js';
import { nonZeroValues } from '../functionals/non-zero.js';
import { peaksPerSecond, risingFallingSlopes } from '../functionals/peaks.js';
import { percentile, sortedCopy } from '../functionals/percentiles.js';
import { segmentLengths, segmentStats } from '../functionals/segments.js';
import type { EgemapsContours } from './egemaps-contours.js';
import { EGEMAPS_FEATURE_NAMES } from './egemaps-names.js';

const f32 = Math.fround;
const VOICING_THRESHOLD = f32(1e-6);
const LEQ_FLOOR = f32(1e-12);
const DB = f32(10 / Math.LN10);
/** Formant frequency/bandwidth columns of the voice LLDs, gated to voiced frames (F10). */
const GATED_VOICE_COLUMNS = new Set([6, 7, 9, 10, 12, 13]);
const VOICED_SPECTRAL = [1, 2, 3, 4, 5, 6, 7, 8, 9];
const UNVOICED_SPECTRAL = [1, 2, 3, 4, 5];

/** amean and the signed stddevNorm of G5 (0, 0 for an empty input). */
function meanStddevNorm(x: Float32Array, out: Float32Array, at: number): void {
  if (x.length === 0) return;
  const { mean } = extremes(x);
  const { stddev } = moments(x, mean);
  out[at] = mean;
  out[at + 1] = stddev > 0 ? f32(stddev / (mean === 0 ? 1 : mean)) : 0;
}

/** The 10 functionals of the F0 and loudness groups (G5–G7); all 0 for an empty input. */
function contourFunctionals(x: Float32Array, out: Float32Array, at: number): void {
  if (x.length === 0) return;
  meanStddevNorm(x, out, at);
  const sorted = sortedCopy(x);
  const p20 = percentile(sorted, 0.2);
  const p80 = percentile(sorted, 0.8);
  out[at + 2] = p20;
  out[at + 3] = percentile(sorted, 0.5);
  out[at + 4] = p80;
  out[at + 5] = Math.abs(f32(p80 - p20));
  const { min, max } = extremes(x);
  risingFallingSlopes(x, min, max, out, at + 6);
}

// Module-level predicates, not closures made per signal: V8 keeps a closure's optimised code only
// while the closure lives.
const isVoiced = (f0: number): boolean => f0 > VOICING_THRESHOLD;
const isUnvoiced = (f0: number): boolean => f0 < VOICING_THRESHOLD;
const isNonZero = (v: number): boolean => v !== 0;
const isZero = (v: number): boolean => v === 0;

/** x[n] where `keep(gate[n])`, else 0, for the gate's frames (G3.2). */
function gated(x: Float32Array, gate: Float32Array, keep: (f0: number) => boolean): Float32Array {
  const out = new Float32Array(gate.length);
  for (let n = 0; n < gate.length; n++) if (keep(gate[n])) out[n] = x[n];
  return out;
}

/** equivalentSoundLevel_dBp of G10. */
function equivalentSoundLevel(energy: Float32Array): number {
  let sum = 0;
  for (let n = 0; n < energy.length; n++) sum += energy[n];
  const mean = f32(sum / energy.length);
  return f32(DB * f32(Math.log(mean > LEQ_FLOOR ? mean : LEQ_FLOOR)));
}

/**
 * Frames seen by the F0-dependent functionals (G2, QUIRK EOI-F0): those the pitch smoother
 * decided before the end of input, at least one.
 */
export function voicedFunctionalFrames(c: EgemapsContours): number {
  return Math.max(c.frames60 - c.undecidedAtEnd, 1);
}

/** The 88 functionals in {@link EGEMAPS_FEATURE_NAMES} order. */
export function egemapsFunctionals(c: EgemapsContours): Float32Array {
  const out = new Float32Array(EGEMAPS_FEATURE_NAMES.length);
  const nf = voicedFunctionalFrames(c);
  const f0 = c.voice[0];
  const cut = (x: Float32Array) => movingAverageNonZero(x, c.frames60).subarray(0, nf);
  const f0Smooth = cut(f0);
  contourFunctionals(nonZeroValues(f0Smooth), out, 0);
  const loudness = movingAverage(c.spectral[0], c.frames20);
  contourFunctionals(loudness, out, 10);
  [5, 6, 7, 8, 9].forEach((k, i) => meanStddevNorm(movingAverage(c.spectral[k], c.frames20), out, 20 + 2 * i));
  let at = 30;
  for (let k = 1; k < c.voice.length; k++, at += 2) {
    const x = GATED_VOICE_COLUMNS.has(k) ? gated(c.voice[k], f0, isVoiced) : c.voice[k];
    meanStddevNorm(nonZeroValues(cut(x)), out, at);
  }
  for (const k of VOICED_SPECTRAL) {
    meanStddevNorm(nonZeroValues(cut(gated(c.spectral[k], f0, isVoiced))), out, at);
    at += 2;
  }
  for (const k of UNVOICED_SPECTRAL) {
    const x = nonZeroValues(cut(gated(c.spectral[k], f0, isUnvoiced)));
    if (x.length > 0) out[at] = extremes(x).mean;
    at++;
  }
  const { min, max } = extremes(loudness);
  out[at++] = peaksPerSecond(loudness, min, max);
  const voicedSegments = segmentStats(segmentLengths(f0Smooth, isNonZero), nf);
  const pauses = segmentStats(segmentLengths(f0Smooth, isZero), nf);
  out[at++] = voicedSegments.perSecond;
  out[at++] = voicedSegments.meanSeconds;
  out[at++] = voicedSegments.stddevSeconds;
  out[at++] = pauses.meanSeconds;
  out[at++] = pauses.stddevSeconds;
  out[at] = equivalentSoundLevel(c.energy);
  return out;
}
