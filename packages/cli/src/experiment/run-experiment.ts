import { join } from 'node:path';
import { EmocodeError, metaStrings, type FeatureTable, type Fold } from '@emocode/core';
import { createProgress } from '@emocode/core/node';
import type { TrainHooks } from '@emocode/training';
import { applyProfile } from '../spec/apply-profile.js';
import { chooseClassifier } from '../spec/classifier-options.js';
import type { ResolvedExperimentSpec } from '../spec/experiment-options.js';
import { specHash } from '../spec/spec-hash.js';
import { augmentFold } from './augment-unit.js';
import { codeFingerprint } from './code-fingerprint.js';
import { keptCodes } from './code-scatter.js';
import { classify, encodeFold } from './compression-unit.js';
import type { ResolvedRunOverrides } from './data-source-options.js';
import { experimentFolds, type ExperimentFolds } from './experiment-folds.js';
import { experimentUnits, shardUnits, type Unit } from './experiment-units.js';
import type { FoldData, UnitResult } from './fold-data.js';
import { loadExperimentTable, type ExperimentTable } from './load-experiment-table.js';
import { runProvenance } from './provenance.js';
import { resultsFolders } from './results-folder.js';
import { runStore } from './run-store.js';
import { summarizeRuns, type ExperimentSummary } from './summarize-runs.js';
import { writeResults } from './write-results.js';

/**
 * What runExperiment did: the summary plus where it stored things and how much it reused.
 * A shard whose sibling shards have not finished yet has no summary; `pending` counts their units.
 */
export interface ExperimentRun {
  summary: ExperimentSummary | undefined;
  pending: number;
  runDir: string;
  computed: number;
  reused: number;
  /** Files written into `<dir>/results/<spec name>/` (summary, tables, plots). */
  files: string[];
}

/** `seed 3`, or `any seed` for the units that do not depend on one (run once per fold). */
function seedText(unit: Unit): string {
  return unit.seed === undefined ? 'any seed' : `seed ${unit.seed}`;
}

/**
 * Runs a spec: folds → normalisation (fitted on each training fold) → every system's units
 * → SVM → per-row UAR/WA. Each finished unit is stored under `<dir>/results/runs/<hash>/`
 * (or `<o.out>/runs/<hash>/`) and skipped when the run is repeated (a damaged file is set aside
 * and its unit run again); the hash covers the profiled spec's shared settings,
 * the inputs and the code. Then writes summary.json, tables and plots into `<dir>/results/<spec name>/` (or `o.out`).
 * With `o.shard` it computes only its share of the units (see runOverrides).
 * Progress goes to `log` (stderr); `command` is recorded in summary.md.
 * @throws EmocodeError as the packages it calls (bad data, labels outside classes, …).
 */
export async function runExperiment(
  spec: ResolvedExperimentSpec,
  dir: string,
  o: ResolvedRunOverrides,
  log: (t: string) => void,
  command = 'emocode experiment run',
): Promise<ExperimentRun> {
  // Everything below reads the profiled spec with the run's overrides: a profile or an override
  // may change the normalisation, the seeds, the folds and the classifier, a profile the systems.
  const profiled = applyProfile(spec, o.profile);
  const run = {
    ...profiled.spec,
    normalization: o.normalization ?? profiled.spec.normalization,
    seeds: o.seeds ?? profiled.spec.seeds,
    folds: overrideFolds(spec, o),
    classifier: chooseClassifier(profiled.spec.classifier, o.classifier),
  };
  const data = await loadExperimentTable(spec, dir, o, log);
  const { table } = data;
  if (data.leftOut) log(data.leftOut);
  const groups = metaStrings(table, 'group');
  const labels = classIndices(table, spec.classes);
  const plan = experimentFolds(data, run, profiled.folds);
  const { folds } = plan;
  const shared = {
    classes: run.classes,
    folds: run.folds,
    foldSeed: run.foldSeed,
    kept: folds.length,
    normalization: run.normalization,
    classifier: run.classifier,
  };
  const code = codeFingerprint();
  const hash = specHash(shared, data.inputHash, code);
  const folders = resultsFolders(spec.name, dir, o.out);
  const store = runStore(join(folders.runs, hash), log);
  const units = experimentUnits(run, folds.length);
  const mine = o.shard ? shardUnits(units, o.shard) : units;
  const share = o.shard ? `, shard ${o.shard.index}/${o.shard.count}: ${mine.length} of them` : '';
  log(
    `experiment ${spec.name} (${o.profile}): ${table.rows} rows x ${table.dims} features, ${folds.length} folds, ${units.length} runs${share} in ${store.dir}\n`,
  );
  const progress = createProgress({ label: spec.name, total: mine.length, unit: 'runs' });
  const results = new Map<Unit, UnitResult>();
  let computed = 0;
  let cached: FoldData | undefined;
  const compute = async (unit: Unit): Promise<UnitResult> => {
    // Units are fold-major, so each fold is normalised once.
    if (cached?.fold !== unit.fold) cached = foldData(table, labels, groups, folds[unit.fold]!, plan, run);
    const onEpoch = (log: { epoch: number }) => progress.tick(0, `${unit.key} fold ${unit.fold} ${seedText(unit)}: epoch ${log.epoch}`);
    const result = await runUnit(unit, { ...cached, seed: unit.seed ?? 0 }, run, { onEpoch });
    await store.write(unit, result);
    computed++;
    return result;
  };
  for (const unit of mine) {
    const stored = await store.read(unit);
    if (stored) {
      results.set(unit, stored);
      progress.tick(1, `${unit.key} fold ${unit.fold} (done before)`);
      continue;
    }
    const result = await compute(unit);
    results.set(unit, result);
    progress.tick(1, `${unit.key} fold ${unit.fold} ${seedText(unit)}: ${result.seconds.toFixed(1)} s`);
  }
  progress.done();
  const others = units.filter((u) => !results.has(u));
  const pending = others.filter((u) => !store.has(u)).length;
  if (pending > 0) return { summary: undefined, pending, runDir: store.dir, computed, reused: mine.length - computed, files: [] };
  // Another shard's file found damaged is run again here.
  for (const unit of others) results.set(unit, (await store.read(unit)) ?? (await compute(unit)));
  // Table order is the spec's, whichever shard finished which unit.
  const ordered = new Map(units.map((u) => [u, results.get(u)!]));
  const summary = {
    ...summarizeRuns(run, ordered, { hash, profile: o.profile, folds: folds.length, data: describeData(data, plan) }),
    provenance: runProvenance(run, dir, command, code),
  };
  const files = await writeResults(folders.tables, summary, ordered, command);
  return { summary, pending: 0, runDir: store.dir, computed, reused: units.length - computed, files };
}

async function runUnit(unit: Unit, f: FoldData, spec: ResolvedExperimentSpec, hooks: TrainHooks): Promise<UnitResult> {
  const started = performance.now();
  const truth = Array.from(f.testLabels);
  if (unit.system.method === 'augment') {
    const { rows, svm } = await augmentFold(unit.system, f, spec.classifier, hooks);
    return {
      rows: rows.map((r) => ({ name: r.name, pred: Array.from(r.pred) })),
      truth,
      svm,
      seconds: (performance.now() - started) / 1000,
    };
  }
  const codes = await encodeFold(unit.system, unit.codeSize, f, hooks);
  const { pred, decisions, classes, svm } = classify(codes, f, spec.classifier);
  const kept = unit.seed === undefined ? {} : { decisions: Array.from(decisions), classes: Array.from(classes) };
  return {
    rows: [{ name: unit.rows[0]!.name, pred: Array.from(pred), ...kept }],
    truth,
    ...keptCodes(codes, f.trainLabels),
    ...(codes.losses ? { losses: codes.losses } : {}),
    svm,
    seconds: (performance.now() - started) / 1000,
  };
}

function foldData(
  table: FeatureTable,
  labels: Int32Array,
  groups: string[],
  fold: Fold,
  plan: ExperimentFolds,
  spec: ResolvedExperimentSpec,
): FoldData {
  const { train, test } = plan.normalize(fold);
  const pick = (rows: Int32Array) => Int32Array.from(rows, (r) => labels[r]!);
  return {
    fold: fold.index,
    seed: 0,
    dims: table.dims,
    train,
    test,
    trainLabels: pick(fold.train),
    testLabels: pick(fold.test),
    classes: spec.classes,
    trainGroups: Array.from(fold.train, (r) => groups[r]!),
    tuneSeed: spec.foldSeed,
  };
}

/** The spec's folds, or `--folds` (not for a cross-corpus spec, whose folds are its corpus pairs). */
function overrideFolds(spec: ResolvedExperimentSpec, o: ResolvedRunOverrides): ResolvedExperimentSpec['folds'] {
  if (!o.folds) return spec.folds;
  if (spec.folds.kind === 'cross-corpus') {
    throw new EmocodeError(
      'EMOCODE_INVALID_OPTIONS',
      `emocode experiment run: ${spec.name} is cross-corpus (one fold per pair of ${spec.data.corpora?.join(', ')}); drop --folds (EMOCODE_FOLDS).`,
    );
  }
  return o.folds;
}

function classIndices(table: FeatureTable, classes: readonly string[]): Int32Array {
  const index = new Map(classes.map((c, i) => [c, i]));
  return Int32Array.from(metaStrings(table, 'label'), (l) => {
    const i = index.get(l);
    if (i === undefined)
      throw new EmocodeError('EMOCODE_INVALID_INPUT', `runExperiment: label must be one of ${classes.join(', ')}, got "${l}".`);
    return i;
  });
}

function describeData(d: ExperimentTable, plan: ExperimentFolds): Record<string, string | number> {
  const described: Record<string, string | number> = {
    corpus: d.corpus,
    features: d.features,
    labels: d.labels,
    group: d.group,
    rows: d.table.rows,
    dims: d.table.dims,
    inputHash: d.inputHash,
  };
  if (plan.names) described.foldNames = plan.names.join(', ');
  return described;
}
