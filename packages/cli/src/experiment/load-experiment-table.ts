import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createFeatureTable, EmocodeError, metaStrings, type FeatureTable } from '@emocode/core';
import { corpusLabelColumns, findRepoRoot, loadCorpus } from '@emocode/corpus';
import { featureSet, joinLabels, labelsColumn, type FeatureSetId, type LabelsCsv, type ParsedFeatures } from '@emocode/features';
import { readLabelsCsv, readOpensmileCsv } from '@emocode/features/node';
import type { ResolvedExperimentSpec } from '../spec/experiment-options.js';
import { checkClassRows, leftOutLine } from './class-rows.js';
import { corpusFeatures } from './corpus-features.js';
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
  /** The corpus the rows come from (cross-corpus: `ravdess+emodb`). */
  corpus: string;
  features: string;
  labels: string;
  group: string;
  /** SHA-256 (16 hex) of the features file and the label rows used. */
  inputHash: string;
  /** A line for the log when the labels hold rows of other classes (left out). */
  leftOut?: string;
  /** Cross-corpus tables: the corpora stacked, in the spec's order; meta column `corpus` says whose row it is. */
  corpora?: string[];
}

/** Where one corpus's features and labels come from. */
interface DataSource {
  corpus: string;
  features: string;
  /** A labels CSV; absent: labels derived from the corpus. */
  labels?: string;
  /** The feature set the run asks for (flag/env or `data.featureSet`): the file must hold it. */
  featureSet?: FeatureSetId;
}

/**
 * The feature and labels files of the run: flag/env → spec (for the spec's own corpus) → the
 * reference CSV for RAVDESS, else features extracted by emocode into data/features/ (done here,
 * once, with a progress bar on `log`). A cross-corpus spec gives one source per corpus.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS for --features/--labels/--corpus on a cross-corpus spec.
 */
export async function dataSources(
  spec: ResolvedExperimentSpec,
  dir: string,
  o: ResolvedRunOverrides,
  log: (text: string) => void,
): Promise<DataSource[]> {
  const repoRoot = findRepoRoot(dir);
  const { corpora } = spec.data;
  const chosen = o.featureSet ?? spec.data.featureSet;
  const set = chosen ?? 'is10';
  const checked = chosen ? { featureSet: chosen } : {};
  if (corpora) {
    const given = (['features', 'labels', 'corpus'] as const).filter((k) => o[k] !== undefined);
    if (given.length > 0) {
      throw new EmocodeError(
        'EMOCODE_INVALID_OPTIONS',
        `emocode experiment run: ${spec.name} is cross-corpus (${corpora.join(', ')}), each corpus with its own features and labels; drop --${given.join(', --')}.`,
      );
    }
    const sources: DataSource[] = [];
    // One after the other: each extraction uses every core.
    for (const corpus of corpora) sources.push({ corpus, features: await defaultFeatures(corpus, spec, set, repoRoot, log), ...checked });
    return sources;
  }
  const corpus = o.corpus ?? spec.data.corpus;
  // The spec's files describe the spec's corpus: another corpus brings its own.
  const own = corpus === spec.data.corpus;
  const features = o.features
    ? resolve(o.features)
    : own && spec.data.features
      ? resolve(dir, spec.data.features)
      : await defaultFeatures(corpus, spec, set, repoRoot, log);
  const labels = o.labels ? resolve(o.labels) : own && spec.data.labels ? resolve(dir, spec.data.labels) : undefined;
  return [{ corpus, features, ...(labels ? { labels } : {}), ...checked }];
}

async function defaultFeatures(
  corpus: string,
  spec: ResolvedExperimentSpec,
  set: FeatureSetId,
  repoRoot: string,
  log: (text: string) => void,
): Promise<string> {
  if (corpus === 'ravdess' && !spec.data.extract) return resolve(repoRoot, REFERENCE_FEATURES_BY_SET[set]);
  return corpusFeatures(await loadCorpus(corpus, { download: false, repoRoot }), set, repoRoot, log);
}

/**
 * Reads the features and labels of every data source (see dataSources), keeps the rows of the
 * spec's classes and joins them by name; a cross-corpus spec stacks its corpora into one table.
 * @throws EmocodeError EMOCODE_NOT_FOUND for missing files or corpus, EMOCODE_INVALID_INPUT when
 *   names do not match (see joinLabels) or a class has no rows.
 */
export async function loadExperimentTable(
  spec: ResolvedExperimentSpec,
  dir: string,
  o: ResolvedRunOverrides,
  log: (text: string) => void = () => {},
): Promise<ExperimentTable> {
  const group = o.group ?? spec.data.group;
  const sources = await dataSources(spec, dir, o, log);
  const parts = await Promise.all(sources.map((source) => loadSource(source, spec.classes, group, findRepoRoot(dir))));
  if (!spec.data.corpora) return parts[0]!;
  const inputHash = createHash('sha256')
    .update(parts.map((p) => p.inputHash).join('\n'))
    .digest('hex')
    .slice(0, 16);
  const leftOut = parts.map((p) => p.leftOut ?? '').join('');
  return {
    table: stack(
      parts.map((p) => p.table),
      spec.data.corpora,
    ),
    corpus: spec.data.corpora.join('+'),
    features: parts.map((p) => p.features).join(', '),
    labels: parts.map((p) => p.labels).join(', '),
    group,
    inputHash,
    ...(leftOut ? { leftOut } : {}),
    corpora: [...spec.data.corpora],
  };
}

async function loadSource(source: DataSource, classes: readonly string[], group: string, repoRoot: string): Promise<ExperimentTable> {
  const all = source.labels ? await readLabelsCsv(source.labels) : await corpusLabels(source.corpus, classes, repoRoot);
  const labels = keepClasses(all, classes);
  // Parse first: readOpensmileCsv reports a missing file as EMOCODE_NOT_FOUND with a hint.
  const parsed = await readOpensmileCsv(source.features);
  if (source.featureSet) checkFeatureSet(parsed, source.featureSet, source.features);
  const bytes = await readFile(source.features);
  const from = source.labels ?? `corpus ${source.corpus}`;
  const table = joinLabels(parsed, labels, { source: from, group, classes: [...classes], unlabeled: 'drop' });
  checkClassRows(metaStrings(table, 'label'), classes, from);
  const leftOut = leftOutLine(labelsColumn(all, 'label'), classes, from);
  const inputHash = createHash('sha256')
    .update(bytes)
    .update(JSON.stringify([labels.columns, labels.values, group]))
    .digest('hex')
    .slice(0, 16);
  return {
    table,
    corpus: source.corpus,
    features: source.features,
    labels: source.labels ?? `corpus:${source.corpus}`,
    group,
    inputHash,
    ...(leftOut ? { leftOut } : {}),
  };
}

/** One table of several corpora's rows: names and groups prefixed `<corpus>/` (speakers of two corpora never merge). */
function stack(tables: readonly FeatureTable[], corpora: readonly string[]): FeatureTable {
  const names = tables[0]!.names;
  const odd = tables.findIndex((t) => t.names.length !== names.length || t.names.some((n, j) => n !== names[j]));
  if (odd >= 0) {
    throw new EmocodeError(
      'EMOCODE_INVALID_INPUT',
      `runExperiment: the feature tables of ${corpora[0]} and ${corpora[odd]} must have the same feature columns, got ${names.length} and ${tables[odd]!.names.length} (or other names).`,
    );
  }
  const data = new Float32Array(tables.reduce((n, t) => n + t.data.length, 0));
  let offset = 0;
  for (const t of tables) {
    data.set(t.data, offset);
    offset += t.data.length;
  }
  const column = (name: string, prefix: boolean) =>
    tables.flatMap((t, i) => metaStrings(t, name).map((v) => (prefix ? `${corpora[i]}/${v}` : v)));
  const meta = {
    name: column('name', true),
    speaker: column('speaker', true),
    label: column('label', false),
    group: column('group', true),
    corpus: tables.flatMap((t, i) => Array<string>(t.rows).fill(corpora[i]!)),
  };
  return createFeatureTable({ names, data, meta });
}

async function corpusLabels(name: string, classes: readonly string[], repoRoot: string): Promise<LabelsCsv> {
  const corpus = await loadCorpus(name, { classes: [...classes], download: false, repoRoot });
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
