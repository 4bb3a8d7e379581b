import type { PairedComparison } from './paired-comparison.js';

/**
 * The paired t-test's p for a person: `0.123`, `< 0.001`, or, where the test has no p (it is
 * NaN), why: `n/a (no difference)` when every fold ties, `n/a (same difference on every fold)`,
 * `n/a (one fold)`. No NaN reaches a table or a log line.
 * @example formatTTestP(pairedComparison([0.5, 0.6], [0.5, 0.6])) // 'n/a (no difference)'
 */
export function formatTTestP(c: PairedComparison): string {
  const { p, df } = c.tTest;
  if (!Number.isNaN(p)) return p < 0.001 ? '< 0.001' : p.toFixed(3);
  if (df < 1) return 'n/a (one fold)';
  return c.meanDiff === 0 ? 'n/a (no difference)' : 'n/a (same difference on every fold)';
}
