import {
  confusionMatrix,
  pairedComparison,
  summarize,
  unweightedAverageRecall,
  weightedAccuracy,
  type PairedComparison,
  type Summary,
} from '@emocode/evaluation';
import type { ResolvedExperimentSpec } from '../spec/experiment-options.js';
import { systemRows, type SystemRow } from '../spec/system-rows.js';
import type { Unit } from './experiment-units.js';
import type { UnitResult } from './fold-data.js';

/** One table row of summary.json: fold scores are means over seeds (fractions, 0..1). */
export interface SummaryRecord extends SystemRow {
  /** What the classifier saw: code size or the feature dimension, and the feature source. */
  features: string;
  uar: Summary;
  wa: Summary;
  /** Mean UAR of each seed over folds (seed sd = spread of these). */
  uarPerSeed: number[];
  /** This row minus the baseline, paired over folds; absent on the baseline row. */
  vsBaseline?: PairedComparison;
  /** Confusion counts summed over folds and seeds, classes x classes row-major (truth x pred). */
  confusion: number[];
}

/** Everything summary.json holds. */
export interface ExperimentSummary {
  name: string;
  title?: string;
  profile: string;
  hash: string;
  classes: string[];
  chanceUar: number;
  baseline: string;
  folds: number;
  seeds: number[];
  normalization: string;
  /** The SVM of every row, e.g. `rbf SVM, C 1, gamma scale` or `rbf SVM, C ∈ {…} and gamma ∈ {…} × scale tuned on 3 inner folds of each training fold`. */
  classifier: string;
  data: Record<string, string | number>;
  systems: SummaryRecord[];
}

/** Folds x seeds scores of every row, then summaries and paired comparisons with the baseline. */
export function summarizeRuns(
  spec: ResolvedExperimentSpec,
  results: Map<Unit, UnitResult>,
  run: { hash: string; profile: string; folds: number; data: Record<string, string | number> },
): ExperimentSummary {
  const k = spec.classes.length;
  const rows = spec.systems.flatMap(systemRows);
  const scores = new Map(
    rows.map((r) => [
      r.name,
      { uar: grid(run.folds, spec.seeds.length), wa: grid(run.folds, spec.seeds.length), confusion: new Array<number>(k * k).fill(0) },
    ]),
  );
  for (const [unit, result] of results) {
    const truth = Int32Array.from(result.truth);
    for (const row of result.rows) {
      const s = scores.get(row.name);
      if (!s) continue;
      const pred = Int32Array.from(row.pred);
      const [uar, wa, confusion] = [
        unweightedAverageRecall(truth, pred, k),
        weightedAccuracy(truth, pred, k),
        confusionMatrix(truth, pred, k),
      ];
      // A seed-independent unit ran once and stands for every seed.
      for (const seedIndex of unit.seed === undefined ? spec.seeds.keys() : [spec.seeds.indexOf(unit.seed)]) {
        s.uar[unit.fold]![seedIndex] = uar;
        s.wa[unit.fold]![seedIndex] = wa;
        confusion.forEach((v, i) => (s.confusion[i]! += v));
      }
    }
  }
  const foldMeans = (g: number[][]) => g.map(mean);
  const base = foldMeans(scores.get(spec.baseline)!.uar);
  const systems = rows.map((row): SummaryRecord => {
    const s = scores.get(row.name)!;
    const uar = foldMeans(s.uar);
    const features = row.codeSize ? `${row.codeSize}-D code` : `${run.data.dims} features`;
    const record: SummaryRecord = {
      ...row,
      features,
      uar: summarize(uar),
      wa: summarize(foldMeans(s.wa)),
      uarPerSeed: spec.seeds.map((_, j) => mean(s.uar.map((f) => f[j]!))),
      confusion: s.confusion,
    };
    if (row.name !== spec.baseline) record.vsBaseline = pairedComparison(uar, base);
    return record;
  });
  return {
    name: spec.name,
    ...(spec.title ? { title: spec.title } : {}),
    profile: run.profile,
    hash: run.hash,
    classes: [...spec.classes],
    chanceUar: 1 / k,
    baseline: spec.baseline,
    folds: run.folds,
    seeds: [...spec.seeds],
    normalization: spec.normalization,
    classifier: describeClassifier(spec.classifier),
    data: run.data,
    systems,
  };
}

function describeClassifier({ kernel, C, gamma, tune }: ResolvedExperimentSpec['classifier']): string {
  if (!tune) return `${kernel} SVM, C ${C}${kernel === 'rbf' ? `, gamma ${gamma}` : ''}`;
  const gammas = kernel === 'rbf' ? ` and gamma ∈ {${tune.gammaScale.join(', ')}} × scale` : '';
  return `${kernel} SVM, C ∈ {${tune.C.join(', ')}}${gammas} tuned on ${tune.innerFolds} inner folds of each training fold`;
}

function grid(folds: number, seeds: number): number[][] {
  return Array.from({ length: folds }, () => new Array<number>(seeds).fill(Number.NaN));
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
