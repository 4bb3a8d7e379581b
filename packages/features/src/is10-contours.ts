// The IS10 contour pipeline of IS10_SPEC.md §1 and §6: 25 ms LLDs + pitch branch → sma → deltas,
// with the frame bookkeeping L = N60, K = N60 − 1 (§1, §5.3).
import { column } from './contour/column.js';
import { deltaInSegments, deltaRegression } from './contour/delta-regression.js';
import { movingAverage, movingAverageNonZero } from './contour/moving-average.js';
import { extractLld25Unchecked } from './lld25/extract-lld25.js';
import { pitchCandidates } from './pitch/pitch-candidates.js';
import { smoothPitch } from './pitch/pitch-smoother.js';
import { jitterShimmer } from './voice/jitter-shimmer.js';

/** All IS10 contours of one signal, each of L = N60 rows (float32). */
export interface Is10Contours {
  /** L rows per contour. */
  readonly rows: number;
  /** 34 lld1 contours (D1 order, §8.2), smoothed. */
  readonly lld1: Float32Array[];
  readonly lld1De: Float32Array[];
  /** 4 lld2 contours (F0final, jitterLocal, jitterDDP, shimmerLocal), smoothed without zeros. */
  readonly lld2: Float32Array[];
  readonly lld2De: Float32Array[];
  /** Unsmoothed F0final, K = L − 1 values (input of onsetRate/duration, §7.3). */
  readonly f0Final: Float32Array;
}

/**
 * Computes every IS10 contour without input checks; the caller guarantees at least 2 pitch frames
 * (N ≥ round(0.06·fs) + round(0.01·fs) samples) and finite samples.
 */
export function is10ContoursUnchecked(signal: Float32Array, sampleRateHz: number): Is10Contours {
  const lld25 = extractLld25Unchecked(signal, sampleRateHz);
  const cand = pitchCandidates(signal, sampleRateHz);
  const rows = cand.f0Hz.length;
  const pitch = smoothPitch(cand.f0Hz, cand.voicing);
  const voice = jitterShimmer(signal, pitch.f0Final, sampleRateHz);
  const dims = lld25.names.length;
  const raw1 = Array.from({ length: dims }, (_, c) => column(lld25.data, lld25.frames, dims, c));
  raw1.push(pitch.f0Envelope, pitch.voicing);
  const lld1 = raw1.map((x) => movingAverage(x, rows));
  const raw2 = [pitch.f0Final, voice.jitterLocal, voice.jitterDDP, voice.shimmerLocal];
  const lld2 = raw2.map((x) => movingAverageNonZero(x, rows));
  return {
    rows,
    lld1,
    lld1De: lld1.map(deltaRegression),
    lld2,
    lld2De: deltaInSegments(lld2),
    f0Final: pitch.f0Final,
  };
}
