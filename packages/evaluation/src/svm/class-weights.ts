import type { ResolvedSvmOptions } from './svm-options.js';

/**
 * Per-class multipliers of C. 'balanced' is scikit-learn's n / (classes · count[c]); a record
 * maps labels (as strings) to weights and leaves other classes at 1.
 */
export function classWeights(classWeight: ResolvedSvmOptions['classWeight'], classes: Int32Array, counts: Int32Array): Float64Array {
  const total = counts.reduce((sum, c) => sum + c, 0);
  return Float64Array.from(classes, (label, c) => {
    if (classWeight === undefined) return 1;
    if (classWeight === 'balanced') return total / (classes.length * counts[c]!);
    return classWeight[String(label)] ?? 1;
  });
}
