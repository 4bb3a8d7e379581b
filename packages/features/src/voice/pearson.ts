// Pearson correlation as IS10_SPEC.md §5.4 requires it for QUIRK J1: means and sums accumulated
// in double in index order (a different order flips occasional period decisions).

/**
 * Correlation of `x[a..a+len)` with `x[b..b+len)`: Σ(u−ū)(v−v̄) / (sqrt(Σ(u−ū)²)·sqrt(Σ(v−v̄)²)).
 * NaN when either segment is constant (callers' comparisons then fail, as in openSMILE).
 *
 * @param x - samples (float32 values).
 * @param a - start of u; @param b - start of v; @param len - segment length ≥ 1.
 * @param sumU - Σ u in index order; callers scanning growing lengths from the same `a` pass
 *   their running sum (the same bits as summing here) to skip one pass.
 */
export function pearson(x: Float32Array, a: number, b: number, len: number, sumU?: number): number {
  let su = 0;
  let sv = 0;
  if (sumU === undefined) {
    for (let i = 0; i < len; i++) {
      su += x[a + i];
      sv += x[b + i];
    }
  } else {
    su = sumU;
    for (let i = 0; i < len; i++) sv += x[b + i];
  }
  const mu = su / len;
  const mv = sv / len;
  let num = 0;
  let du2 = 0;
  let dv2 = 0;
  for (let i = 0; i < len; i++) {
    const du = x[a + i] - mu;
    const dv = x[b + i] - mv;
    num += du * dv;
    du2 += du * du;
    dv2 += dv * dv;
  }
  return num / (Math.sqrt(du2) * Math.sqrt(dv2));
}

/**
 * `pearson(x, a, a + len, len, sumU)` and `pearson(x, a, a + len + 1, len + 1, sumUNext)` in
 * one pass: the two correlations' sums are independent rounding chains, so interleaving them
 * overlaps their latency. Every sum gets the same additions in the same order as in pearson.
 * @param out - receives the two correlations at `out[at]` and `out[at + 1]`.
 */
export function pearsonPair(x: Float32Array, a: number, len: number, sumU: number, sumUNext: number, out: Float64Array, at: number): void {
  const b = a + len;
  let sv = 0;
  let sw = 0;
  for (let i = 0; i < len; i++) {
    sv += x[b + i];
    sw += x[b + 1 + i];
  }
  sw += x[b + 1 + len];
  const mu = sumU / len;
  const mv = sv / len;
  const mu2 = sumUNext / (len + 1);
  const mw = sw / (len + 1);
  let num = 0,
    du2 = 0,
    dv2 = 0,
    num2 = 0,
    du22 = 0,
    dw2 = 0;
  for (let i = 0; i < len; i++) {
    const u = x[a + i];
    const du = u - mu;
    const dv = x[b + i] - mv;
    num += du * dv;
    du2 += du * du;
    dv2 += dv * dv;
    const dU = u - mu2;
    const dw = x[b + 1 + i] - mw;
    num2 += dU * dw;
    du22 += dU * dU;
    dw2 += dw * dw;
  }
  const dU = x[a + len] - mu2;
  const dw = x[b + 1 + len] - mw;
  num2 += dU * dw;
  du22 += dU * dU;
  dw2 += dw * dw;
  out[at] = num / (Math.sqrt(du2) * Math.sqrt(dv2));
  out[at + 1] = num2 / (Math.sqrt(du22) * Math.sqrt(dw2));
}
