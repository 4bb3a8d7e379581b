// The IS10 functional lists of IS10_SPEC.md §7.2 / §8.2: 21 functionals for lld1 contours,
// 19 (no percentile1.0, no pctlrange0-1) with zero dropping for lld2 contours.
import { extremes } from './extremes.js';
import { moments } from './moments.js';
import { nonZeroValues } from './non-zero.js';
import { percentile, sortedCopy } from './percentiles.js';
import { linearRegression } from './regression.js';
import { upLevelTime } from './up-level-time.js';

/** Functional names in output order (§7.2), as used in feature names `<lld>_<functional>`. */
export const FUNCTIONALS_21 = [
  'maxPos',
  'minPos',
  'amean',
  'linregc1',
  'linregc2',
  'linregerrA',
  'linregerrQ',
  'stddev',
  'skewness',
  'kurtosis',
  'quartile1',
  'quartile2',
  'quartile3',
  'iqr1-2',
  'iqr2-3',
  'iqr1-3',
  'percentile1.0',
  'percentile99.0',
  'pctlrange0-1',
  'upleveltime75',
  'upleveltime90',
] as const;

/** The group-2 list (§7.2): {@link FUNCTIONALS_21} without percentile1.0 and pctlrange0-1. */
export const FUNCTIONALS_19 = FUNCTIONALS_21.filter((name) => name !== 'percentile1.0' && name !== 'pctlrange0-1');

/** Every functional of {@link FUNCTIONALS_21} by name, for a non-empty sequence. */
function allFunctionals(x: Float32Array): Record<(typeof FUNCTIONALS_21)[number], number> {
  const e = extremes(x);
  const r = linearRegression(x, e.mean);
  const m = moments(x, e.mean);
  const s = sortedCopy(x);
  const q1 = percentile(s, 0.25);
  const q2 = percentile(s, 0.5);
  const q3 = percentile(s, 0.75);
  const p1 = percentile(s, 0.01);
  const p99 = percentile(s, 0.99);
  return {
    maxPos: e.maxPos,
    minPos: e.minPos,
    amean: e.mean,
    linregc1: r.slope,
    linregc2: r.offset,
    linregerrA: r.errA,
    linregerrQ: r.errQ,
    stddev: m.stddev,
    skewness: m.skewness,
    kurtosis: m.kurtosis,
    quartile1: q1,
    quartile2: q2,
    quartile3: q3,
    'iqr1-2': q2 - q1,
    'iqr2-3': q3 - q2,
    'iqr1-3': q3 - q1,
    'percentile1.0': p1,
    'percentile99.0': p99,
    'pctlrange0-1': Math.abs(p99 - p1),
    upleveltime75: upLevelTime(x, e.min, e.max, 0.75),
    upleveltime90: upLevelTime(x, e.min, e.max, 0.9),
  };
}

/**
 * Writes the 21 group-1 functionals of `x` (all values, N ≥ 1) to `out[offset..offset+21)`
 * in {@link FUNCTIONALS_21} order (§7.2). Float32 storage rounds each value once.
 *
 * @example functionals21(Float32Array.of(1, 2, 3), out, 0)
 */
export function functionals21(x: Float32Array, out: Float32Array, offset: number): void {
  const f = allFunctionals(x);
  for (let k = 0; k < FUNCTIONALS_21.length; k++) out[offset + k] = f[FUNCTIONALS_21[k]];
}

/**
 * Writes the 19 group-2 functionals (§7.1/§7.2) to `out[offset..offset+19)`: exact zeros are
 * dropped first and positions refer to the compacted sequence; all 19 are 0 when nothing is left.
 *
 * @example functionals19NonZero(Float32Array.of(0, 5, 0, 7), out, 0) // maxPos 1 (of [5, 7])
 */
export function functionals19NonZero(x: Float32Array, out: Float32Array, offset: number): void {
  const nonZero = nonZeroValues(x);
  if (nonZero.length === 0) {
    out.fill(0, offset, offset + FUNCTIONALS_19.length);
    return;
  }
  const f = allFunctionals(nonZero);
  for (let k = 0; k < FUNCTIONALS_19.length; k++) out[offset + k] = f[FUNCTIONALS_19[k]];
}
