import { EmocodeError, metaStrings, parseOptions, type FeatureTable } from '@emocode/core';
import { compareTablesOptions, type CompareTablesOptions } from './compare-tables-options.js';
import { featureAgreement, type FeatureAgreement } from './feature-agreement.js';
import { FEATURE_GROUPS, type FeatureGroup } from './feature-group.js';

/** Agreement of one LLD group (all its functionals, deltas included). */
export interface GroupAgreement {
  readonly group: FeatureGroup;
  readonly features: number;
  readonly medianPearson: number;
  readonly minPearson: number;
  readonly shareValuesWithin1e3: number;
}

/** The result of `compareFeatureTables`. */
export interface TableComparison {
  /** Rows matched by instance name, and names found in only one table. */
  readonly rows: number;
  readonly onlyInA: readonly string[];
  readonly onlyInB: readonly string[];
  /** Features compared (present in both), and names found in only one table. */
  readonly features: number;
  readonly featuresOnlyInA: readonly string[];
  readonly featuresOnlyInB: readonly string[];
  /** Share of all rows × features values within 1e-3 (1e-2) relative error. */
  readonly shareValuesWithin1e3: number;
  readonly shareValuesWithin1e2: number;
  /** Quantiles of the per-feature Pearson r (q0 = min). */
  readonly pearsonQuantiles: {
    readonly q0: number;
    readonly q01: number;
    readonly q05: number;
    readonly q25: number;
    readonly q50: number;
  };
  readonly medianPearson: number;
  readonly medianSpearman: number;
  readonly sharePearsonAtLeast099: number;
  readonly sharePearsonAtLeast0999: number;
  /** The features with the lowest Pearson r, worst first. */
  readonly worst: readonly FeatureAgreement[];
  /** One entry per IS10 LLD group present (in FEATURE_GROUPS order, then 'other'). */
  readonly groups: readonly GroupAgreement[];
  /** Every compared feature, in the order of table `a`. */
  readonly perFeature: readonly FeatureAgreement[];
}

/** Linear-interpolation quantile (numpy's default) of an ascending array; NaN if empty. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const r = p * (sorted.length - 1);
  const lo = Math.floor(r);
  const hi = Math.ceil(r);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (r - lo);
}

const ascending = (values: number[]): number[] => values.slice().sort((x, y) => x - y);

function matchRows(a: FeatureTable, b: FeatureTable): { pairs: [number, number][]; onlyInA: string[]; onlyInB: string[] } {
  const namesB = metaStrings(b, 'name');
  const rowOfB = new Map(namesB.map((name, i) => [name, i]));
  const pairs: [number, number][] = [];
  const onlyInA: string[] = [];
  metaStrings(a, 'name').forEach((name, i) => {
    const j = rowOfB.get(name);
    if (j === undefined) onlyInA.push(name);
    else {
      pairs.push([i, j]);
      rowOfB.delete(name);
    }
  });
  return { pairs, onlyInA, onlyInB: [...rowOfB.keys()] };
}

function column(t: FeatureTable, feature: number, rows: readonly number[]): Float64Array {
  const out = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = t.data[rows[k] * t.dims + feature];
  return out;
}

function summariseGroups(perFeature: readonly FeatureAgreement[], rows: number): GroupAgreement[] {
  const groups: GroupAgreement[] = [];
  for (const group of [...FEATURE_GROUPS, 'other' as const]) {
    const members = perFeature.filter((f) => f.group === group);
    if (members.length === 0) continue;
    const rs = ascending(members.map((f) => f.pearson));
    const within = members.reduce((s, f) => s + f.within1e3, 0);
    groups.push({
      group,
      features: members.length,
      medianPearson: quantileSorted(rs, 0.5),
      minPearson: rs[0] as number,
      shareValuesWithin1e3: rows > 0 ? within / (members.length * rows) : 0,
    });
  }
  return groups;
}

/**
 * Per-feature agreement of two extractions of the same recordings: rows matched by the `name`
 * column, features by name; `b` is the reference (relative error |a − b| / max(|b|, 1e-3)).
 * Reports Pearson/Spearman r per feature, the pooled share of values within 1e-3 and 1e-2,
 * quantiles of r, the worst features and a summary per IS10 LLD group. Pure; browser-safe.
 * @throws EmocodeError EMOCODE_INVALID_INPUT if no row or no feature name is shared
 * @example
 * const c = compareFeatureTables(ours, reference);
 * console.log(c.medianPearson, c.groups);
 */
export function compareFeatureTables(a: FeatureTable, b: FeatureTable, options: CompareTablesOptions = {}): TableComparison {
  const o = parseOptions(compareTablesOptions, options, 'compareFeatureTables');
  const { pairs, onlyInA, onlyInB } = matchRows(a, b);
  const featureOfB = new Map(b.names.map((name, j) => [name, j]));
  const shared = a.names.flatMap((name, i) => (featureOfB.has(name) ? [[i, featureOfB.get(name) as number] as const] : []));
  if (pairs.length === 0 || shared.length === 0) {
    throw new EmocodeError(
      'EMOCODE_INVALID_INPUT',
      `compareFeatureTables: the tables must share rows and features, got ${pairs.length} common names and ${shared.length} common features. Compare extractions of the same files.`,
    );
  }
  const rowsA = pairs.map(([i]) => i);
  const rowsB = pairs.map(([, j]) => j);
  const perFeature = shared.map(([i, j]) =>
    featureAgreement(a.names[i] as string, column(a, i, rowsA), column(b, j, rowsB), o.relativeFloor),
  );
  const total = perFeature.length * pairs.length;
  const rs = ascending(perFeature.map((f) => f.pearson));
  const namesA = new Set(a.names);
  return {
    rows: pairs.length,
    onlyInA,
    onlyInB,
    features: perFeature.length,
    featuresOnlyInA: a.names.filter((n) => !featureOfB.has(n)),
    featuresOnlyInB: b.names.filter((n) => !namesA.has(n)),
    shareValuesWithin1e3: perFeature.reduce((s, f) => s + f.within1e3, 0) / total,
    shareValuesWithin1e2: perFeature.reduce((s, f) => s + f.within1e2, 0) / total,
    pearsonQuantiles: {
      q0: rs[0] as number,
      q01: quantileSorted(rs, 0.01),
      q05: quantileSorted(rs, 0.05),
      q25: quantileSorted(rs, 0.25),
      q50: quantileSorted(rs, 0.5),
    },
    medianPearson: quantileSorted(rs, 0.5),
    medianSpearman: quantileSorted(ascending(perFeature.map((f) => f.spearman)), 0.5),
    sharePearsonAtLeast099: rs.filter((r) => r >= 0.99).length / rs.length,
    sharePearsonAtLeast0999: rs.filter((r) => r >= 0.999).length / rs.length,
    worst: perFeature
      .slice()
      .sort((x, y) => x.pearson - y.pearson || x.shareWithin1e3 - y.shareWithin1e3)
      .slice(0, o.worst),
    groups: summariseGroups(perFeature, pairs.length),
    perFeature,
  };
}
