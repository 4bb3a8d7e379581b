// Linear regression functionals of IS10_SPEC.md §7.2 (#4–#7): closed-form least squares in double.

/** Least-squares line `x̂[i] = slope·i + offset` and its mean absolute / squared errors. */
export interface LinearRegression {
  /** linregc1, value per frame. */
  readonly slope: number;
  /** linregc2, value at i = 0. */
  readonly offset: number;
  /** linregerrA = Σ|x − x̂| / N. */
  readonly errA: number;
  /** linregerrQ = Σ(x − x̂)² / N. */
  readonly errQ: number;
}

const finiteOr0 = (v: number): number => (Number.isFinite(v) ? v : 0);

/**
 * Regression of §7.2 with `S1 = N(N−1)/2`, `S2 = N(N−1)(2N−1)/6`, `A = mean·N`, `B = Σ i·x[i]`:
 * `t = (A − B·S1/S2)/(N − S1²/S2)` (0 if the denominator is 0), `m = (B − t·S1)/S2`. N = 1 gives
 * m = 0, t = x[0], zero errors. Non-finite results become 0.
 *
 * @param x - the sequence (N ≥ 1).
 * @param mean - the float32 mean of §7.1.
 * @example linearRegression(Float32Array.of(1, 3, 5), 3) // { slope: 2, offset: 1, errA: 0, errQ: 0 }
 */
export function linearRegression(x: Float32Array, mean: number): LinearRegression {
  const n = x.length;
  if (n === 1) return { slope: 0, offset: x[0], errA: 0, errQ: 0 };
  const s1 = (n * (n - 1)) / 2;
  const s2 = (n * (n - 1) * (2 * n - 1)) / 6;
  const a = mean * n;
  let b = 0;
  for (let i = 0; i < n; i++) b += i * x[i];
  const den = n - (s1 * s1) / s2;
  const offset = finiteOr0(den === 0 ? 0 : (a - (b * s1) / s2) / den);
  const slope = finiteOr0((b - offset * s1) / s2);
  let errA = 0;
  let errQ = 0;
  for (let i = 0; i < n; i++) {
    const e = x[i] - (slope * i + offset);
    errA += Math.abs(e);
    errQ += e * e;
  }
  return { slope, offset, errA: finiteOr0(errA / n), errQ: finiteOr0(errQ / n) };
}
