import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { metaStrings, type FeatureTable } from '@emocode/core';
import { corpusLabelColumns, findRepoRoot, loadCorpus } from '@emocode/corpus';
import { joinLabels, labelsColumn, type LabelsCsv } from '@emocode/features';
import { readLabelsCsv, readOpensmileCsv } from '@emocode/features/node';
import type { ResolvedExperimentSpec } from '../spec/experiment-options.js';
import { checkClassRows, leftOutLine } from './class-rows.js';
import type { ResolvedRunOverrides } from './data-source-options.js';

/** The reference openSMILE IS10 table of RAVDESS, relative to the repository root. */
export const REFERENCE_FEATURES = '../shared/reference/opensmile-is10/ravdess-speech-16k.is10.csv';

/** The joined table plus what identifies its inputs (for the results' hash and summary). */
export interface ExperimentTable {
  table: FeatureTable;
  features: string;
  labels: string;
  group: string;
  /** SHA-256 (16 hex) of the features file and the label rows used. */
  inputHash: string;
  /** A line for the log when the labels hold rows of other classes (left out). */
  leftOut?: string;
}

/**
 * Reads the features (flag/env → spec → reference CSV) and labels (flag/env → spec → derived
 * from the spec's corpus), keeps the rows of the spec's classes and joins them by name.
 * @throws EmocodeError EMOCODE_NOT_FOUND for missing files or corpus, EMOCODE_INVALID_INPUT when
 *   names do not match (see joinLabels) or a class has no rows.
 */
export async function loadExperimentTable(spec: ResolvedExperimentSpec, dir: string, o: ResolvedRunOverrides): Promise<ExperimentTable> {
  const features = o.features ? resolve(o.features) : spec.data.features ? resolve(dir, spec.data.features) : resolve(findRepoRoot(dir), REFERENCE_FEATURES);
  const labelsFile = o.labels ? resolve(o.labels) : spec.data.labels ? resolve(dir, spec.data.labels) : undefined;
  const group = o.group ?? spec.data.group;
  const all = labelsFile ? await readLabelsCsv(labelsFile) : await corpusLabels(spec, dir);
  const labels = keepClasses(all, spec.classes);
  // Parse first: readOpensmileCsv reports a missing file as EMOCODE_NOT_FOUND with a hint.
  const parsed = await readOpensmileCsv(features);
  const bytes = await readFile(features);
  const table = joinLabels(parsed, labels, { source: labelsFile ?? `corpus ${spec.data.corpus}`, group, classes: spec.classes, unlabeled: 'drop' });
  const source = labelsFile ?? `corpus ${spec.data.corpus}`;
  checkClassRows(metaStrings(table, 'label'), spec.classes, source);
  const leftOut = leftOutLine(labelsColumn(all, 'label'), spec.classes, source);
  const inputHash = createHash('sha256').update(bytes).update(JSON.stringify([labels.columns, labels.values, group])).digest('hex').slice(0, 16);
  return { table, features, labels: labelsFile ?? `corpus:${spec.data.corpus}`, group, inputHash, ...(leftOut ? { leftOut } : {}) };
}

async function corpusLabels(spec: ResolvedExperimentSpec, dir: string): Promise<LabelsCsv> {
  const corpus = await loadCorpus(spec.data.corpus, { classes: spec.classes, download: false, repoRoot: findRepoRoot(dir) });
  const values = corpusLabelColumns(corpus);
  const rows = values.name?.length ?? 0;
  return { columns: Object.keys(values), values, lines: Array.from({ length: rows }, (_, i) => i + 2) };
}

/** Label rows of the wanted classes only (a labels file may hold more, e.g. all 8 RAVDESS emotions). */
function keepClasses(labels: LabelsCsv, classes: readonly string[]): LabelsCsv {
  const wanted = new Set(classes);
  const keep = labelsColumn(labels, 'label').flatMap((l, i) => (wanted.has(l) ? [i] : []));
  const values = Object.fromEntries(labels.columns.map((c) => [c, keep.map((i) => labels.values[c]![i]!)]));
  return { columns: labels.columns, values, lines: keep.map((i) => labels.lines[i]!) };
}
