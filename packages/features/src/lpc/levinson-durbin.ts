// LPC by the autocorrelation method, IS10_SPEC.md §4.4 step 2: r[l] = Σ_{i≥l} y[i]·y[i−l] (no
// window), then Levinson–Durbin for A(z) = 1 + Σ a_k z^−k. openSMILE runs both in float32, so
// every intermediate is rounded with Math.fround (measured on the 24 reference files: float32
// autocorrelation sums lower the LSP p99 error from 1.0e-4 to 7.7e-5 rad, worst 2.7e-3 → 1.3e-3).
const f32 = Math.fround;

/**
 * Autocorrelation lags 0..order of `y[0..length)`, accumulated in float32 in index order.
 * @param out - receives order + 1 values.
 */
export function autocorrelation(y: Float64Array, length: number, order: number, out: Float64Array): void {
  if (order === 8 && length > 8) return autocorrelation8(y, length, out);
  // Four lags advance together over i in locals: each keeps its index-order float32 sum, but
  // four independent rounding chains overlap instead of waiting on one another.
  for (let lag = 0; lag <= order; lag += 4) {
    let r0 = 0,
      r1 = 0,
      r2 = 0,
      r3 = 0;
    for (let i = lag; i < length; i++) {
      const yi = y[i];
      r0 = f32(r0 + f32(yi * y[i - lag]));
      if (i > lag) r1 = f32(r1 + f32(yi * y[i - lag - 1]));
      if (i > lag + 1) r2 = f32(r2 + f32(yi * y[i - lag - 2]));
      if (i > lag + 2) r3 = f32(r3 + f32(yi * y[i - lag - 3]));
    }
    out[lag] = r0;
    if (lag + 1 <= order) out[lag + 1] = r1;
    if (lag + 2 <= order) out[lag + 2] = r2;
    if (lag + 3 <= order) out[lag + 3] = r3;
  }
}

/**
 * The IS10 order (8) with the nine sums in locals instead of `out[lag]` loads and stores: the
 * same float32 additions in the same order (the first 8 samples go through the generic loop).
 */
function autocorrelation8(y: Float64Array, length: number, out: Float64Array): void {
  autocorrelation(y, 8, 8, out);
  let r0 = out[0],
    r1 = out[1],
    r2 = out[2],
    r3 = out[3],
    r4 = out[4],
    r5 = out[5],
    r6 = out[6],
    r7 = out[7],
    r8 = out[8];
  for (let i = 8; i < length; i++) {
    const yi = y[i];
    r0 = f32(r0 + f32(yi * yi));
    r1 = f32(r1 + f32(yi * y[i - 1]));
    r2 = f32(r2 + f32(yi * y[i - 2]));
    r3 = f32(r3 + f32(yi * y[i - 3]));
    r4 = f32(r4 + f32(yi * y[i - 4]));
    r5 = f32(r5 + f32(yi * y[i - 5]));
    r6 = f32(r6 + f32(yi * y[i - 6]));
    r7 = f32(r7 + f32(yi * y[i - 7]));
    r8 = f32(r8 + f32(yi * y[i - 8]));
  }
  out[0] = r0;
  out[1] = r1;
  out[2] = r2;
  out[3] = r3;
  out[4] = r4;
  out[5] = r5;
  out[6] = r6;
  out[7] = r7;
  out[8] = r8;
}

/**
 * Levinson–Durbin recursion (float32 emulation). Writes a_1..a_p to `coeffs[0..order)`;
 * all zeros when r[0] = 0; stops (leaving the rest 0) when the error reaches exactly 0.
 *
 * @param r - autocorrelation lags 0..order.
 * @param coeffs - receives `order` predictor coefficients (A(z) = 1 + Σ coeffs[k−1] z^−k).
 * @param scratch - work buffer of length ≥ order.
 * @param reciprocalFirst - eGeMAPS order of operations, k = f32(f32(−1/e)·acc) (EGEMAPS_SPEC.md
 *   F8 step 2) instead of IS10's k = f32(−acc/e).
 * @returns the final prediction error e (0 when r[0] = 0).
 * @example levinsonDurbin(r, 8, a, tmp)
 */
export function levinsonDurbin(
  r: Float64Array,
  order: number,
  coeffs: Float64Array,
  scratch: Float64Array,
  reciprocalFirst = false,
): number {
  coeffs.fill(0, 0, order);
  let e = r[0];
  if (e === 0) return 0;
  for (let m = 1; m <= order; m++) {
    let acc = r[m];
    for (let i = 1; i < m; i++) acc = f32(acc + f32(coeffs[i - 1] * r[m - i]));
    const k = reciprocalFirst ? f32(f32(-1 / e) * acc) : f32(-acc / e);
    for (let i = 1; i < m; i++) scratch[i - 1] = coeffs[i - 1];
    for (let i = 1; i < m; i++) coeffs[i - 1] = f32(scratch[i - 1] + f32(k * scratch[m - i - 1]));
    coeffs[m - 1] = k;
    e = f32(e * f32(1 - f32(k * k)));
    if (e === 0) break;
  }
  return e;
}
