// Peak/valley picking with relative-threshold pruning and the rising/falling slope statistics of
// EGEMAPS_SPEC.md G7 and the peak rate of G8 (openSMILE "Peaks2", relThresh 0.1), QUIRKs included.
const f32 = Math.fround;
const REL_THRESHOLD = f32(0.1);
const FRAME_SECONDS = f32(0.01);

/** One surviving extremum. */
interface Extremum {
  readonly isMax: boolean;
  readonly value: number;
  readonly pos: number;
  removed: boolean;
}

/** Candidate extrema of G7.1 (positions 2..N−3, strict comparisons with both neighbours). */
function candidates(x: Float32Array): Extremum[] {
  const list: Extremum[] = [];
  for (let i = 2; i < x.length - 2; i++) {
    if (x[i] > x[i - 1] && x[i] > x[i + 1]) list.push({ isMax: true, value: x[i], pos: i, removed: false });
    else if (x[i] < x[i - 1] && x[i] < x[i + 1]) list.push({ isMax: false, value: x[i], pos: i, removed: false });
  }
  return list;
}

/** Pass A of G7.2 (small maxima); a removed item still becomes the reference value. */
function pruneSmallMaxima(list: Extremum[], x0: number, thr: number): void {
  const small = (d: number) => d < thr;
  let lastVal = x0;
  let lastMin = x0;
  let lastMax = x0;
  let minFlag = false;
  let lastMaxItem: Extremum | null = null;
  for (const e of list) {
    if (e.isMax) {
      if (small(Math.abs(f32(e.value - lastVal)))) {
        if (small(f32(e.value - lastMin))) e.removed = true;
        else {
          if (e.value > lastMax * 1.05) {
            if (lastMaxItem !== null) lastMaxItem.removed = true;
            lastMax = e.value;
            lastMaxItem = e;
          } else if (minFlag) {
            lastMax = e.value;
            lastMaxItem = e;
          } else e.removed = true;
          minFlag = false;
        }
      } else {
        minFlag = false;
        lastMax = e.value;
        lastMaxItem = e;
      }
    } else if (!small(Math.abs(f32(e.value - lastVal)))) {
      minFlag = true;
      lastMin = e.value;
    }
    lastVal = e.value;
  }
}

/** Pass B of G7.3 (small minima). */
function pruneSmallMinima(list: Extremum[], x0: number, thr: number): void {
  let lastMax = x0;
  for (const e of list) {
    if (e.removed) continue;
    if (e.isMax) lastMax = e.value;
    else if (f32(lastMax - e.value) < thr) e.removed = true;
  }
}

/** Pass C of G7.4: force alternation, keeping the more extreme of two neighbours of one kind. */
function alternate(list: Extremum[]): void {
  let init = true;
  let prevWasMin = false;
  let lastMin: Extremum | null = null;
  let lastMax: Extremum | null = null;
  for (const e of list) {
    if (e.removed) continue;
    if (!e.isMax) {
      if (init || !prevWasMin) {
        lastMin = e;
        prevWasMin = true;
        init = false;
      } else if (e.value >= lastMin!.value) e.removed = true;
      else {
        lastMin!.removed = true;
        lastMin = e;
      }
    } else if (init || prevWasMin) {
      lastMax = e;
      prevWasMin = false;
      init = false;
    } else if (e.value <= lastMax!.value) e.removed = true;
    else {
      lastMax!.removed = true;
      lastMax = e;
    }
  }
}

/** The extrema left after G7.1–G7.4, in order. */
export function prunedExtrema(x: Float32Array, min: number, max: number): Extremum[] {
  const thr = f32(REL_THRESHOLD * f32(max - min));
  const list = candidates(x);
  pruneSmallMaxima(list, x[0], thr);
  pruneSmallMinima(list, x[0], thr);
  alternate(list);
  return list.filter((e) => !e.removed);
}

/** Mean and QUIRK stddev of G7.5: the end slope counts in n and the mean but not in the squares. */
function slopeStats(slopes: number[], mainCount: number): [number, number] {
  const n = slopes.length;
  if (n === 0) return [0, 0];
  let sum = 0;
  for (const s of slopes) sum = f32(sum + s);
  const mean = n > 1 ? f32(sum / n) : sum;
  let dev = 0;
  for (let i = 0; i < mainCount; i++) {
    const d = f32(slopes[i] - mean);
    dev = f32(dev + f32(d * d));
  }
  if (n > 1) dev = f32(dev / n);
  return [mean, dev > 0 ? f32(Math.sqrt(dev)) : 0];
}

/**
 * meanRisingSlope, stddevRisingSlope, meanFallingSlope, stddevFallingSlope of G7.5 (per second,
 * positions in samples of `x` × 10 ms) into `out[at..at+4)`.
 */
export function risingFallingSlopes(x: Float32Array, min: number, max: number, out: Float32Array, at: number): void {
  const slope = (dy: number, frames: number) => f32(f32(dy) / f32(f32(frames) * FRAME_SECONDS));
  const rising: number[] = [];
  const falling: number[] = [];
  let lastMax = x[0];
  let lastMaxPos = 0;
  let lastMin = x[0];
  let lastMinPos = 0;
  let lastKind: 'max' | 'min' | null = null;
  for (const e of prunedExtrema(x, min, max)) {
    if (e.isMax) {
      lastMax = e.value;
      lastMaxPos = e.pos;
      if (e.pos - lastMinPos > 0) {
        rising.push(slope(lastMax - lastMin, e.pos - lastMinPos));
        lastKind = 'max';
      }
    } else {
      lastMin = e.value;
      lastMinPos = e.pos;
      if (e.pos - lastMaxPos > 0) {
        falling.push(slope(lastMax - lastMin, e.pos - lastMaxPos));
        lastKind = 'min';
      }
    }
  }
  const mainRising = rising.length;
  const mainFalling = falling.length;
  const end = x.length - 1;
  if (lastKind === 'max' && end - lastMaxPos > 0) falling.push(slope(x[end] - lastMax, end - lastMaxPos));
  else if (lastKind === 'min' && end - lastMinPos > 0) rising.push(slope(x[end] - lastMin, end - lastMinPos));
  else if (lastKind === null) {
    const s = f32(f32(x[end] - x[0]) / f32(x.length));
    if (s > 0) rising.push(s);
    else if (s < 0) falling.push(s);
  }
  [out[at], out[at + 1]] = slopeStats(rising, mainRising);
  [out[at + 2], out[at + 3]] = slopeStats(falling, mainFalling);
}

/** loudnessPeaksPerSec of G8: maxima left after pruning per second of input. */
export function peaksPerSecond(x: Float32Array, min: number, max: number): number {
  const peaks = prunedExtrema(x, min, max).filter((e) => e.isMax).length;
  return f32(f32(peaks) / f32(f32(x.length) * FRAME_SECONDS));
}
