import { assert } from '@emocode/core';
import { cholesky, choleskySolve, gram, scatter } from './matrix.js';

/**
 * Ledoit–Wolf shrinkage towards `(tr S / dims)·I` for the covariance `S = XᵀX / n` of the
 * centred rows `x` (Ledoit & Wolf 2004; the same estimate as scikit-learn's
 * `ledoit_wolf_shrinkage`). Uses `Σᵢ xᵢᵀ S xᵢ = n‖S‖²_F`, so only row norms and ‖S‖_F are
 * needed. `product` is XXᵀ (n ≤ dims) or XᵀX, when the caller already has it. @returns λ in [0, 1].
 */
export function ledoitWolf(x: Float64Array, n: number, dims: number, product = n <= dims ? gram(x, n, dims) : scatter(x, n, dims)): number {
  let trace = 0;
  let fourth = 0;
  for (let i = 0; i < n; i++) {
    let sq = 0;
    for (let j = 0; j < dims; j++) sq += x[i * dims + j] ** 2;
    trace += sq;
    fourth += sq * sq;
  }
  const mu = trace / n / dims;
  let frob = 0;
  for (let i = 0; i < product.length; i++) frob += product[i] * product[i];
  frob /= n * n;
  const beta = Math.min((fourth / n - frob) / n, frob - dims * mu * mu);
  const delta = frob - dims * mu * mu;
  return delta > 0 ? Math.min(Math.max(beta / delta, 0), 1) : 1;
}

/**
 * Returns `y ↦ Σ⁻¹ y` (in place) for `Σ = (1 − λ)·XᵀX/n + λ·μ·I`, `μ = tr(XᵀX/n)/dims`.
 * With n ≤ dims it uses Woodbury, `Σ⁻¹ = (I − Xᵀ (β/α·I + XXᵀ)⁻¹ X) / β` with α = (1 − λ)/n,
 * β = λμ, so only an n x n Cholesky is needed (`gramMatrix` = XXᵀ if already computed);
 * otherwise a dims x dims one.
 */
export function shrunkSolver(
  x: Float64Array,
  n: number,
  dims: number,
  shrinkage: number,
  where: string,
  gramMatrix?: Float64Array,
): (y: Float64Array) => Float64Array {
  let trace = 0;
  for (let i = 0; i < x.length; i++) trace += x[i] * x[i];
  const alpha = (1 - shrinkage) / n;
  const beta = (shrinkage * trace) / n / dims;
  if (n > dims) {
    const m = scatter(x, n, dims);
    for (let i = 0; i < m.length; i++) m[i] *= alpha;
    for (let j = 0; j < dims; j++) m[j * dims + j] += beta;
    const l = cholesky(m, dims, where);
    return (y) => choleskySolve(l, dims, y);
  }
  assert(beta > 0, () => `${where}: shrinkage must be > 0 with fewer rows (${n}) than dims (${dims}), got ${shrinkage}.`);
  if (alpha === 0) return (y) => y.map((v) => v / beta);
  const g = gramMatrix ? gramMatrix.slice() : gram(x, n, dims);
  for (let i = 0; i < n; i++) g[i * n + i] += beta / alpha;
  const l = cholesky(g, n, where);
  return (y) => {
    const xy = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < dims; j++) s += x[i * dims + j] * y[j];
      xy[i] = s;
    }
    choleskySolve(l, n, xy);
    for (let i = 0; i < n; i++) for (let j = 0; j < dims; j++) y[j] -= x[i * dims + j] * xy[i];
    for (let j = 0; j < dims; j++) y[j] /= beta;
    return y;
  };
}
