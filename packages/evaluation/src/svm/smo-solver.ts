/**
 * libsvm's SMO solver for the C-SVC dual (Fan, Chen & Lin 2005, "Working set selection using
 * second order information for training SVM", JMLR 6), without shrinking:
 *   min ½ αᵀQα − eᵀα  s.t.  yᵀα = 0, 0 ≤ α_i ≤ C_i,  Q_ij = y_i y_j K(x_i, x_j).
 * Follows libsvm 3.x `Solver::Solve`, `select_working_set` and `calculate_rho` step for step, so
 * the iterates (not only the optimum) match libsvm's.
 */
const TAU = 1e-12;

/** A two-class dual problem; `q(i)` returns row i of Q (length `size`, signs included, float32 like libsvm's Qfloat). */
export interface BinaryProblem {
  size: number;
  y: Int8Array;
  q: (i: number) => Float32Array;
  qd: Float64Array;
  cPositive: number;
  cNegative: number;
  tolerance: number;
  maxIterations: number;
}

/** Dual solution: α, the bias ρ (decision = Σ α_i y_i K(x_i, x) − ρ) and the iterations used. */
export interface BinarySolution {
  alpha: Float64Array;
  rho: number;
  iterations: number;
}

/**
 * The iterate: α, the gradient, the box, and which α may move in the direction that raises
 * y·α (`up`: libsvm's I_up) or lowers it (`low`: I_low), kept per index and refreshed only for
 * the two α an iteration changes, so the selection loops test one byte instead of α against
 * its bounds.
 */
interface Iterate {
  alpha: Float64Array;
  grad: Float64Array;
  bounds: Float64Array;
  up: Uint8Array;
  low: Uint8Array;
}

/** Solves `p` from α = 0 (gradient −e). */
export function solveSmo(p: BinaryProblem): BinarySolution {
  const it: Iterate = {
    alpha: new Float64Array(p.size),
    grad: new Float64Array(p.size).fill(-1),
    bounds: Float64Array.from(p.y, (y) => (y === 1 ? p.cPositive : p.cNegative)),
    up: new Uint8Array(p.size),
    low: new Uint8Array(p.size),
  };
  for (let t = 0; t < p.size; t++) refreshStatus(p, it, t);
  let iterations = 0;
  const pair = new Int32Array(2);
  while (iterations < p.maxIterations && selectWorkingSet(p, it, pair)) {
    iterations++;
    updatePair(p, it, pair[0]!, pair[1]!);
    refreshStatus(p, it, pair[0]!);
    refreshStatus(p, it, pair[1]!);
  }
  return { alpha: it.alpha, rho: computeRho(p, it.alpha, it.grad, it.bounds), iterations };
}

function refreshStatus(p: BinaryProblem, { alpha, bounds, up, low }: Iterate, t: number): void {
  const belowUpper = alpha[t]! < bounds[t]! ? 1 : 0;
  const aboveLower = alpha[t]! > 0 ? 1 : 0;
  up[t] = p.y[t] === 1 ? belowUpper : aboveLower;
  low[t] = p.y[t] === 1 ? aboveLower : belowUpper;
}

/** Second-order working set selection (WSS 2); false once the KKT gap is below tolerance. */
function selectWorkingSet(p: BinaryProblem, { grad, up, low }: Iterate, out: Int32Array): boolean {
  const { y, qd, size } = p;
  let gMax = -Infinity;
  let gMax2 = -Infinity;
  let iMax = -1;
  for (let t = 0; t < size; t++) {
    if (up[t] === 0) continue;
    const g = -y[t]! * grad[t]!;
    if (g >= gMax) {
      gMax = g;
      iMax = t;
    }
  }
  if (iMax === -1) return false;
  const qi = p.q(iMax);
  const yi = y[iMax]!;
  const qdI = qd[iMax]!;
  let jMin = -1;
  let objMin = Infinity;
  for (let j = 0; j < size; j++) {
    if (low[j] === 0) continue;
    const yj = y[j]!;
    const g = yj * grad[j]!;
    if (g >= gMax2) gMax2 = g;
    const gradDiff = gMax + g;
    if (gradDiff <= 0) continue;
    const quad = qdI + qd[j]! - 2 * yi * yj * qi[j]!;
    const obj = -(gradDiff * gradDiff) / (quad > 0 ? quad : TAU);
    if (obj <= objMin) {
      jMin = j;
      objMin = obj;
    }
  }
  if (gMax + gMax2 < p.tolerance || jMin === -1) return false;
  out[0] = iMax;
  out[1] = jMin;
  return true;
}

/** Analytic two-variable update with clipping to the box, then the gradient update. */
function updatePair(p: BinaryProblem, { alpha, grad, bounds }: Iterate, i: number, j: number): void {
  const qi = p.q(i);
  const qj = p.q(j);
  const ci = bounds[i]!;
  const cj = bounds[j]!;
  const oldI = alpha[i]!;
  const oldJ = alpha[j]!;
  let ai = oldI;
  let aj = oldJ;
  if (p.y[i] !== p.y[j]) {
    const quad = Math.max(p.qd[i]! + p.qd[j]! + 2 * qi[j]!, 0) || TAU;
    const delta = (-grad[i]! - grad[j]!) / quad;
    const diff = ai - aj;
    ai += delta;
    aj += delta;
    if (diff > 0 ? aj < 0 : ai < 0) [ai, aj] = diff > 0 ? [diff, 0] : [0, -diff];
    if (diff > ci - cj ? ai > ci : aj > cj) [ai, aj] = diff > ci - cj ? [ci, ci - diff] : [cj + diff, cj];
  } else {
    const quad = Math.max(p.qd[i]! + p.qd[j]! - 2 * qi[j]!, 0) || TAU;
    const delta = (grad[i]! - grad[j]!) / quad;
    const sum = ai + aj;
    ai -= delta;
    aj += delta;
    if (sum > ci ? ai > ci : aj < 0) [ai, aj] = sum > ci ? [ci, sum - ci] : [sum, 0];
    if (sum > cj ? aj > cj : ai < 0) [ai, aj] = sum > cj ? [sum - cj, cj] : [0, sum];
  }
  alpha[i] = ai;
  alpha[j] = aj;
  const di = ai - oldI;
  const dj = aj - oldJ;
  for (let k = 0; k < p.size; k++) grad[k] = grad[k]! + qi[k]! * di + qj[k]! * dj;
}

/** ρ as the mean of y_i ∇_i over free variables, else the midpoint of the feasible interval. */
function computeRho(p: BinaryProblem, alpha: Float64Array, grad: Float64Array, bounds: Float64Array): number {
  let upper = Infinity;
  let lower = -Infinity;
  let free = 0;
  let sumFree = 0;
  for (let i = 0; i < p.size; i++) {
    const yG = p.y[i]! * grad[i]!;
    const atUpper = alpha[i]! >= bounds[i]!;
    const atLower = alpha[i]! <= 0;
    if (atUpper || atLower) {
      // At the upper bound with y = −1, or the lower bound with y = +1, ρ may grow to yG at most.
      if ((atUpper && p.y[i] === -1) || (atLower && p.y[i] === 1)) upper = Math.min(upper, yG);
      else lower = Math.max(lower, yG);
    } else {
      free++;
      sumFree += yG;
    }
  }
  return free > 0 ? sumFree / free : (upper + lower) / 2;
}
