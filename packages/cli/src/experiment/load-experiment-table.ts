import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { FeatureTable } from '@emocode/core';
import { corpusLabelColumns, findRepoRoot, loadCorpus } from '@emocode/corpus';
import { EmocodeError } from '@emocode/core';
import { featureSet, joinLabels, labelsColumn, type FeatureSetId, type LabelsCsv, type ParsedFeatures } from '@emocode/features';
import { readLabelsCsv, readOpensmileCsv } from '@emocode/features/node';
import type { ResolvedExperimentSpec } from '../spec/experiment-options.js';
import type { ResolvedRunOverrides } from './data-source-options.js';

/** The reference openSMILE IS10 table of RAVDESS, relative to the repository root. */
export const REFERENCE_FEATURES = '../shared/reference/opensmile-is10/ravdess-speech-16k.is10.csv';
/** The reference openSMILE table of RAVDESS of each feature set, relative to the repository root. */
export const REFERENCE_FEATURES_BY_SET: { readonly [id in FeatureSetId]: string } = {
  is10: REFERENCE_FEATURES,
  egemaps: '../shared/reference/opensmile-egemaps/ravdess-speech-16k.egemaps.csv',
};

/** A features file chosen together with a feature set must hold exactly that set's columns. */
function checkFeatureSet(parsed: ParsedFeatures, id: FeatureSetId, file: string): void {
  const set = featureSet(id);
  if (parsed.names.length === set.names.length && parsed.names.every((n, i) => n === set.names[i])) return;
  throw new EmocodeError(
    'EMOCODE_INVALID_INPUT',
    `${file} holds ${parsed.names.length} feature columns (first: ${parsed.names[0] ?? 'none'}), not the ${set.title} set the experiment asks for. ` +
      `Extract it with emocode features extract --set ${id}, or choose the set that matches the file (--feature-set / data.featureSet).`,
  );
}

/** The joined table plus what identifies its inputs (for the results' hash and summary). */
export interface ExperimentTable {
  table: FeatureTable;
  features: string;
  labels: string;
  group: string;
  /** SHA-256 (16 hex) of the features file and the label rows used. */
  inputHash: string;
}

/**
 * Reads the features (flag/env → spec → reference CSV of the feature set) and labels (flag/env →
 * spec → derived from the spec's corpus), keeps the rows of the spec's classes and joins them by
 * name. When a feature set is chosen (flag/env or `data.featureSet`), the file must hold it.
 * @throws EmocodeError EMOCODE_NOT_FOUND for missing files or corpus, EMOCODE_INVALID_INPUT when
 *   names do not match (see joinLabels).
 */
export async function loadExperimentTable(spec: ResolvedExperimentSpec, dir: string, o: ResolvedRunOverrides): Promise<ExperimentTable> {
  const chosenSet = o.featureSet ?? spec.data.featureSet;
  const features = o.features
    ? resolve(o.features)
    : spec.data.features
      ? resolve(dir, spec.data.features)
      : resolve(findRepoRoot(dir), REFERENCE_FEATURES_BY_SET[chosenSet ?? 'is10']);
  const labelsFile = o.labels ? resolve(o.labels) : spec.data.labels ? resolve(dir, spec.data.labels) : undefined;
  const group = o.group ?? spec.data.group;
  const all = labelsFile ? await readLabelsCsv(labelsFile) : await corpusLabels(spec, dir);
  const labels = keepClasses(all, spec.classes);
  // Parse first: readOpensmileCsv reports a missing file as EMOCODE_NOT_FOUND with a hint.
  const parsed = await readOpensmileCsv(features);
  if (chosenSet) checkFeatureSet(parsed, chosenSet, features);
  const bytes = await readFile(features);
  const table = joinLabels(parsed, labels, { source: labelsFile ?? `corpus ${spec.data.corpus}`, group, classes: spec.classes, unlabeled: 'drop' });
  const inputHash = createHash('sha256').update(bytes).update(JSON.stringify([labels.columns, labels.values, group])).digest('hex').slice(0, 16);
  return { table, features, labels: labelsFile ?? `corpus:${spec.data.corpus}`, group, inputHash };
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
