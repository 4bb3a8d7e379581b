import { logGamma } from './log-gamma.js';

/** P(X <= k) for X ~ Binomial(n, 1/2), summed exactly term by term in log space. */
export function binomialHalfCdf(k: number, n: number): number {
  let sum = 0;
  for (let i = 0; i <= k; i++) sum += Math.exp(logGamma(n + 1) - logGamma(i + 1) - logGamma(n - i + 1) - n * Math.LN2);
  return Math.min(1, sum);
}
