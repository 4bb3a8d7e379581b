import { pearson, spearman } from './correlation.js';
import { featureGroup, type FeatureGroup } from './feature-group.js';

/** How well one feature of table `a` agrees with the same feature of the reference `b`. */
export interface FeatureAgreement {
  readonly name: string;
  readonly group: FeatureGroup;
  /**
   * Pearson r over the matched rows. When either column is constant r is undefined; then it is
   * 1 if every value is within 1e-3 relative error of the reference, else 0.
   */
  readonly pearson: number;
  /** Spearman rho (ties averaged), with the same rule for constant columns. */
  readonly spearman: number;
  /** Share of rows with |a − b| / max(|b|, floor) ≤ 1e-3 (resp. 1e-2). */
  readonly shareWithin1e3: number;
  readonly shareWithin1e2: number;
  readonly maxRelativeError: number;
  /** Count of rows within 1e-3 / 1e-2, for pooling over features. */
  readonly within1e3: number;
  readonly within1e2: number;
}

/** Per-feature agreement of two equally long columns (`b` is the reference). */
export function featureAgreement(name: string, a: Float64Array, b: Float64Array, relativeFloor: number): FeatureAgreement {
  let within1e3 = 0;
  let within1e2 = 0;
  let maxRelativeError = 0;
  for (let i = 0; i < a.length; i++) {
    const relative = Math.abs(a[i] - b[i]) / Math.max(Math.abs(b[i]), relativeFloor);
    if (relative <= 1e-3) within1e3++;
    if (relative <= 1e-2) within1e2++;
    if (!(relative <= maxRelativeError)) maxRelativeError = relative;
  }
  const n = a.length;
  const fallback = within1e3 === n ? 1 : 0;
  const orFallback = (r: number): number => (Number.isNaN(r) ? fallback : r);
  return {
    name,
    group: featureGroup(name),
    pearson: orFallback(pearson(a, b)),
    spearman: orFallback(spearman(a, b)),
    shareWithin1e3: n > 0 ? within1e3 / n : 0,
    shareWithin1e2: n > 0 ? within1e2 / n : 0,
    maxRelativeError,
    within1e3,
    within1e2,
  };
}
