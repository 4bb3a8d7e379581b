// Moving average "sma", window 3, of IS10_SPEC.md §6.2 (float32 order reproduced exactly:
// ties between equal plateau values decide maxPos/minPos, §0).
const f32 = Math.fround;

/** Reads `x[i]` with the §6.2 edge rule: i < 0 → x[0], i ≥ length → last frame. */
function at(x: Float32Array, i: number): number {
  return x[i < 0 ? 0 : i >= x.length ? x.length - 1 : i];
}

/**
 * Plain window-3 moving average ("lld1", §6.2): `y = f32(f32(f32(x[n] + x[n−1]) + x[n+1]) / 3)`,
 * with edge replication on both sides.
 *
 * @param x - source frames (≥ 1), one LLD contour.
 * @param outLength - rows to produce (may exceed `x.length`: extra rows replicate the last frame).
 * @returns Float32Array of `outLength` smoothed values.
 * @example movingAverage(Float32Array.of(0, 3, 6), 3) // [1, 3, 5]
 */
export function movingAverage(x: Float32Array, outLength: number): Float32Array {
  const y = new Float32Array(outLength);
  for (let n = 0; n < outLength; n++) {
    const s = f32(f32(at(x, n) + at(x, n - 1)) + at(x, n + 1));
    y[n] = f32(s / 3);
  }
  return y;
}

/**
 * Window-3 moving average that ignores zeros ("lld2", `noZeroSma`, §6.2): a zero centre stays 0;
 * otherwise the non-zero values among x[n], x[n−1], x[n+1] (added in that order in float32) are
 * averaged. Same edge rule as {@link movingAverage}.
 *
 * @param x - source frames (≥ 1).
 * @param outLength - rows to produce.
 * @example movingAverageNonZero(Float32Array.of(0, 2, 4, 0), 4) // [0, 3, 3, 0]
 */
export function movingAverageNonZero(x: Float32Array, outLength: number): Float32Array {
  const y = new Float32Array(outLength);
  for (let n = 0; n < outLength; n++) {
    const c = at(x, n);
    if (c === 0) continue;
    let s = c;
    let cnt = 1;
    const prev = at(x, n - 1);
    if (prev !== 0) {
      s = f32(s + prev);
      cnt++;
    }
    const next = at(x, n + 1);
    if (next !== 0) {
      s = f32(s + next);
      cnt++;
    }
    y[n] = f32(s / cnt);
  }
  return y;
}
