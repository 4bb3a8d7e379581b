/** Platt's sigmoid: P(positive | f) = 1 / (1 + exp(A·f + B)). */
export interface PlattSigmoid {
  readonly A: number;
  readonly B: number;
}

/** P(positive | decision value f) under `s`, computed without overflow. */
export function plattProbability(s: PlattSigmoid, f: number): number {
  const z = f * s.A + s.B;
  return z >= 0 ? Math.exp(-z) / (1 + Math.exp(-z)) : 1 / (1 + Math.exp(z));
}

function negativeLogLikelihood(decision: ArrayLike<number>, targets: Float64Array, A: number, B: number): number {
  let sum = 0;
  for (let i = 0; i < targets.length; i++) {
    const z = decision[i] * A + B;
    sum += z >= 0 ? targets[i] * z + Math.log1p(Math.exp(-z)) : (targets[i] - 1) * z + Math.log1p(Math.exp(z));
  }
  return sum;
}

/**
 * Fits Platt's sigmoid to decision values and binary outcomes by Newton's method with a
 * backtracking line search and Platt's regularised targets (Lin, Lin & Weng 2007, libsvm's
 * `sigmoid_train`).
 * @param decision decision values, ideally out-of-sample (cross-validated).
 * @param positive whether each row belongs to the class a positive value favours.
 */
export function fitPlattSigmoid(decision: ArrayLike<number>, positive: ArrayLike<boolean>): PlattSigmoid {
  const n = decision.length;
  let prior1 = 0;
  for (let i = 0; i < n; i++) if (positive[i]) prior1++;
  const prior0 = n - prior1;
  const hi = (prior1 + 1) / (prior1 + 2);
  const lo = 1 / (prior0 + 2);
  const t = Float64Array.from({ length: n }, (_, i) => (positive[i] ? hi : lo));
  let A = 0;
  let B = Math.log((prior0 + 1) / (prior1 + 1));
  let fval = negativeLogLikelihood(decision, t, A, B);
  for (let iter = 0; iter < 100; iter++) {
    let h11 = 1e-12;
    let h22 = 1e-12;
    let h21 = 0;
    let g1 = 0;
    let g2 = 0;
    for (let i = 0; i < n; i++) {
      const f = decision[i];
      const p = plattProbability({ A, B }, f);
      const d2 = p * (1 - p);
      h11 += f * f * d2;
      h22 += d2;
      h21 += f * d2;
      const d1 = t[i] - p;
      g1 += f * d1;
      g2 += d1;
    }
    if (Math.abs(g1) < 1e-5 && Math.abs(g2) < 1e-5) break;
    const det = h11 * h22 - h21 * h21;
    const dA = -(h22 * g1 - h21 * g2) / det;
    const dB = -(-h21 * g1 + h11 * g2) / det;
    const gd = g1 * dA + g2 * dB;
    let step = 1;
    while (step >= 1e-10) {
      const next = negativeLogLikelihood(decision, t, A + step * dA, B + step * dB);
      if (next < fval + 1e-4 * step * gd) {
        A += step * dA;
        B += step * dB;
        fval = next;
        break;
      }
      step /= 2;
    }
    if (step < 1e-10) break;
  }
  return { A, B };
}

/**
 * Class probabilities from pairwise ones by Wu, Lin & Weng's (2004) second method, libsvm's
 * `multiclass_probability`: the p minimising Σ (r_ji p_i − r_ij p_j)² with Σ p = 1.
 * @param r `k x k` row-major, r[i·k + j] = P(i | i or j), r[j·k + i] = 1 − r[i·k + j].
 * @returns k probabilities summing to 1.
 */
export function couplePairwise(r: Float64Array, k: number): Float64Array {
  const q = new Float64Array(k * k);
  for (let t = 0; t < k; t++) {
    for (let j = 0; j < k; j++) {
      if (j === t) continue;
      q[t * k + t] += r[j * k + t] ** 2;
      q[t * k + j] = -r[j * k + t] * r[t * k + j];
    }
  }
  const p = new Float64Array(k).fill(1 / k);
  const qp = new Float64Array(k);
  const eps = 0.005 / k;
  for (let iter = 0; iter < Math.max(100, k); iter++) {
    let pqp = 0;
    for (let t = 0; t < k; t++) {
      qp[t] = 0;
      for (let j = 0; j < k; j++) qp[t] += q[t * k + j] * p[j];
      pqp += p[t] * qp[t];
    }
    let maxError = 0;
    for (let t = 0; t < k; t++) maxError = Math.max(maxError, Math.abs(qp[t] - pqp));
    if (maxError < eps) break;
    for (let t = 0; t < k; t++) {
      const diff = (-qp[t] + pqp) / q[t * k + t];
      p[t] += diff;
      pqp = (pqp + diff * (diff * q[t * k + t] + 2 * qp[t])) / (1 + diff) / (1 + diff);
      for (let j = 0; j < k; j++) {
        qp[j] = (qp[j] + diff * q[t * k + j]) / (1 + diff);
        p[j] /= 1 + diff;
      }
    }
  }
  return p;
}

/** Probabilities of a softmax over `logits`. */
export function softmax(logits: ArrayLike<number>): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) max = Math.max(max, logits[i]);
  const e = Float64Array.from({ length: logits.length }, (_, i) => Math.exp(logits[i] - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
