import { EmocodeError, makeFolds, metaStrings, normalizeFold, type Fold, type NormalizedFold } from '@emocode/core';
import type { ResolvedExperimentSpec } from '../spec/experiment-options.js';
import type { ExperimentTable } from './load-experiment-table.js';

/** The folds of a run, their names (cross-corpus: `train→test`) and how each is normalised. */
export interface ExperimentFolds {
  folds: Fold[];
  names?: string[];
  normalize(fold: Fold): NormalizedFold;
}

/**
 * Folds of the run's scheme over the table's groups (the first `keep`, when a profile keeps
 * fewer), normalised as the spec says, fitted on the training rows. A cross-corpus table gets
 * one fold per ordered pair of corpora (train on all rows of one, test on all rows of the
 * other), and each corpus is normalised on its own rows: `global` z-scores per corpus (the
 * test corpus's statistics need no labels), `per-speaker` per speaker as usual.
 */
export function experimentFolds(data: ExperimentTable, run: ResolvedExperimentSpec, keep?: number): ExperimentFolds {
  const { table, corpora } = data;
  const groups = metaStrings(table, 'group');
  const scale =
    (groupsOfRows: readonly string[], kind = run.normalization) =>
    (fold: Fold) =>
      normalizeFold(table.data, table.dims, fold, kind, groupsOfRows);
  if (run.folds.kind !== 'cross-corpus')
    return { folds: makeFolds(groups, run.folds, run.foldSeed).slice(0, keep), normalize: scale(groups) };
  if (!corpora)
    throw new EmocodeError('EMOCODE_INVALID_INPUT', 'experimentFolds: cross-corpus folds need a table of several corpora (data.corpora).');
  const pairs = corpora.flatMap((train) => corpora.filter((test) => test !== train).map((test) => [train, test] as const)).slice(0, keep);
  const corpusOfRow = metaStrings(table, 'corpus');
  const folds = pairs.map(([train, test], index) => crossCorpusFold(index, corpusOfRow, groups, train, test));
  const names = pairs.map(([train, test]) => `${train}→${test}`);
  return { folds, names, normalize: run.normalization === 'global' ? scale(corpusOfRow, 'per-speaker') : scale(groups) };
}

function crossCorpusFold(index: number, corpusOfRow: readonly string[], groups: readonly string[], train: string, test: string): Fold {
  const rowsOf = (corpus: string) => Int32Array.from(corpusOfRow.flatMap((c, row) => (c === corpus ? [row] : [])));
  const testRows = rowsOf(test);
  return { index, train: rowsOf(train), test: testRows, testGroups: [...new Set(Array.from(testRows, (r) => groups[r]!))].sort() };
}
