import { describe, expect, it } from 'vitest';
import { formatTTestP } from './format-t-test.js';
import { pairedComparison } from './paired-comparison.js';

describe('formatTTestP', () => {
  it('says why a paired t-test has no p instead of printing NaN', () => {
    expect(formatTTestP(pairedComparison([0.5, 0.6, 0.7], [0.5, 0.6, 0.7]))).toBe('n/a (no difference)');
    expect(formatTTestP(pairedComparison([0.6, 0.7], [0.5, 0.6]))).toBe('n/a (same difference on every fold)');
    expect(formatTTestP(pairedComparison([0.6], [0.5]))).toBe('n/a (one fold)');
    expect(formatTTestP(pairedComparison([0.61, 0.58, 0.7], [0.57, 0.59, 0.6]))).toMatch(/^0\.\d{3}$/);
  });
});
