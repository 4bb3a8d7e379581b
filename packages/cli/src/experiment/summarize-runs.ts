import { EmocodeError } from '@emocode/core';
import {
  confusionMatrix,
  pairedComparison,
  summarize,
  unweightedAverageRecall,
  voteOneVsOne,
  weightedAccuracy,
  type PairedComparison,
  type Summary,
} from '@emocode/evaluation';
import type { ResolvedExperimentSpec } from '../spec/experiment-options.js';
import { systemRows, type SystemRow } from '../spec/system-rows.js';
import type { Unit } from './experiment-units.js';
import type { UnitResult } from './fold-data.js';
import type { RunProvenance } from './provenance.js';

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
  /** What produced the results (absent in summaries written before it was kept). */
  provenance?: RunProvenance;
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
  const score = (name: string, fold: number, seedIndices: Iterable<number>, truth: Int32Array, pred: Int32Array) => {
    const s = scores.get(name)!;
    const [uar, wa, confusion] = [
      unweightedAverageRecall(truth, pred, k),
      weightedAccuracy(truth, pred, k),
      confusionMatrix(truth, pred, k),
    ];
    for (const seedIndex of seedIndices) {
      s.uar[fold]![seedIndex] = uar;
      s.wa[fold]![seedIndex] = wa;
      confusion.forEach((v, i) => (s.confusion[i]! += v));
    }
  };
  for (const [unit, result] of results) {
    for (const row of result.rows) {
      if (!scores.has(row.name)) continue;
      // A seed-independent unit ran once and stands for every seed.
      const seedIndices = unit.seed === undefined ? spec.seeds.keys() : [spec.seeds.indexOf(unit.seed)];
      score(row.name, unit.fold, seedIndices, Int32Array.from(result.truth), Int32Array.from(row.pred));
    }
  }
  for (const row of rows) {
    if (!row.ensembleOf) continue;
    for (let fold = 0; fold < run.folds; fold++) {
      const { truth, pred } = ensembleVote(row.ensembleOf, fold, results);
      // One ensemble per fold: its score fills every seed's column, as a seed-independent row's does.
      score(row.name, fold, spec.seeds.keys(), truth, pred);
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

/**
 * The seed ensemble of row `name` on one fold: the one-vs-one decision values of every seed's
 * SVM, averaged, vote once (the seeds' SVMs share their classes, so their pairs line up).
 */
function ensembleVote(name: string, fold: number, results: Map<Unit, UnitResult>): { truth: Int32Array; pred: Int32Array } {
  const members = [...results]
    .filter(([unit]) => unit.fold === fold)
    .flatMap(([, result]) => result.rows.filter((r) => r.name === name).map((row) => ({ row, truth: result.truth })));
  const first = members[0];
  if (!first?.row.decisions || !first.row.classes) {
    throw new EmocodeError(
      'EMOCODE_INVALID_INPUT',
      `the seed ensemble of "${name}" needs each seed's SVM decision values on fold ${fold}, and its stored runs have none: they predate decision values; run the experiment into a new --out folder.`,
    );
  }
  const classes = Int32Array.from(first.row.classes);
  const sum = new Float64Array(first.row.decisions.length);
  for (const { row } of members) {
    if (row.decisions?.length !== sum.length || row.classes?.join() !== first.row.classes.join()) {
      throw new EmocodeError(
        'EMOCODE_INVALID_INPUT',
        `the seeds of "${name}" on fold ${fold} disagree on their SVM classes or test rows; they cannot be averaged.`,
      );
    }
    row.decisions.forEach((v, i) => (sum[i]! += v / members.length));
  }
  return { truth: Int32Array.from(first.truth), pred: voteOneVsOne(sum, oneVsOnePairs(classes.length), classes) };
}

/** libsvm's pair order over `count` classes: (0,1), (0,2), …, (1,2), …. */
function oneVsOnePairs(count: number): { first: number; second: number }[] {
  const pairs: { first: number; second: number }[] = [];
  for (let first = 0; first < count; first++) for (let second = first + 1; second < count; second++) pairs.push({ first, second });
  return pairs;
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
