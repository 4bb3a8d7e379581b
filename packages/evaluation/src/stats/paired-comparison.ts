import { assert } from '@emocode/core';
import { binomialHalfCdf } from './binomial.js';
import { studentTTwoSided } from './student-t.js';

/** Paired comparison of two systems scored on the same folds (a − b). */
export interface PairedComparison {
  meanDiff: number;
  /** Two-sided paired t-test; t and p are NaN when every difference is equal (sd 0) or n < 2. */
  tTest: { t: number; df: number; p: number };
  /** Two-sided exact sign test; ties are dropped; p = 1 when every pair ties. */
  signTest: { wins: number; losses: number; ties: number; p: number };
}

/**
 * Paired t-test and exact sign test of per-fold scores `a` against `b` (same folds, same order).
 * Same conventions as scipy.stats.ttest_rel and scipy.stats.binomtest(wins, wins + losses).
 * @throws EmocodeError EMOCODE_SHAPE_MISMATCH for unequal lengths, EMOCODE_INVALID_INPUT when empty.
 * @example pairedComparison([0.61, 0.58], [0.57, 0.59]).tTest.p
 */
export function pairedComparison(a: readonly number[], b: readonly number[]): PairedComparison {
  assert(
    a.length === b.length,
    () => `pairedComparison: a and b must have one score per fold each, got ${a.length} and ${b.length}.`,
    'EMOCODE_SHAPE_MISMATCH',
  );
  assert(a.length > 0, () => 'pairedComparison: a and b must not be empty.');
  const diffs = a.map((v, i) => v - b[i]!);
  const n = diffs.length;
  const meanDiff = diffs.reduce((s, d) => s + d, 0) / n;
  const df = n - 1;
  const sd = df > 0 ? Math.sqrt(diffs.reduce((s, d) => s + (d - meanDiff) ** 2, 0) / df) : NaN;
  const t = sd > 0 ? meanDiff / (sd / Math.sqrt(n)) : NaN;
  const wins = diffs.filter((d) => d > 0).length;
  const losses = diffs.filter((d) => d < 0).length;
  const decided = wins + losses;
  // Binomial(n, 1/2) is symmetric, so the two-sided p is twice the smaller tail.
  const signP = decided === 0 ? 1 : Math.min(1, 2 * binomialHalfCdf(Math.min(wins, losses), decided));
  return {
    meanDiff,
    tTest: { t, df, p: studentTTwoSided(t, df) },
    signTest: { wins, losses, ties: n - decided, p: signP },
  };
}
