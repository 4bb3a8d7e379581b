// Extremes, positions and the arithmetic mean of IS10_SPEC.md §7.1/§7.2 (#1–#3).

/** min/max (float32 values), first positions and the float32 mean of a sequence. */
export interface Extremes {
  readonly min: number;
  readonly max: number;
  /** 0-based index of the first occurrence of `min`. */
  readonly minPos: number;
  /** 0-based index of the first occurrence of `max`. */
  readonly maxPos: number;
  /** `f32(Σx / N)`, the sum in double (§7.1); used by amean, regression and moments. */
  readonly mean: number;
}

/**
 * Common pre-computation of §7.1 on `x` (length N ≥ 1).
 *
 * @example extremes(Float32Array.of(1, 3, 3, 0)) // { min: 0, max: 3, minPos: 3, maxPos: 1, mean: 1.75 }
 */
export function extremes(x: Float32Array): Extremes {
  let min = x[0];
  let max = x[0];
  let minPos = 0;
  let maxPos = 0;
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    sum += v;
    if (v > max) {
      max = v;
      maxPos = i;
    }
    if (v < min) {
      min = v;
      minPos = i;
    }
  }
  return { min, max, minPos, maxPos, mean: Math.fround(sum / x.length) };
}
