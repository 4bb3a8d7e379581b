// Percentile functionals of IS10_SPEC.md §7.2 (#11–#19), linear interpolation (`interp = 1`).
const f32 = Math.fround;

/** Ascending float32 copy of `x`, the input of {@link percentile}. */
export function sortedCopy(x: Float32Array): Float32Array {
  return Float32Array.from(x).sort();
}

/**
 * P(p) of §7.2 on an ascending sequence: `r = p·(N−1)`, `i1 = floor(r)`, `i2 = ceil(r)`;
 * `s[i1]` if i1 = i2, else `s[i1]·f32(i2 − r) + s[i2]·f32(r − i1)` in float32 arithmetic
 * (numpy's default "linear" percentile up to float32 rounding).
 *
 * @param sorted - ascending values (N ≥ 1), see {@link sortedCopy}.
 * @param p - fraction in [0, 1] (0.25 for quartile1).
 * @example percentile(Float32Array.of(1, 2, 3, 4), 0.5) // 2.5
 */
export function percentile(sorted: Float32Array, p: number): number {
  const last = sorted.length - 1;
  const r = p * last;
  const i1 = Math.min(Math.max(Math.floor(r), 0), last);
  const i2 = Math.min(Math.max(Math.ceil(r), 0), last);
  if (i1 === i2) return sorted[i1];
  return f32(f32(sorted[i1] * f32(i2 - r)) + f32(sorted[i2] * f32(r - i1)));
}
