import { createFeatureTable, EmocodeError, parseOptions, type FeatureTable } from '@emocode/core';
import { labelsColumn, type LabelsCsv } from './labels-csv.js';
import { parseError } from './parse-error.js';
import type { ParsedFeatures } from './parse-opensmile-csv.js';
import { joinLabelsOptions, type JoinLabelsOptions, type ResolvedJoinLabelsOptions } from './table-options.js';

/** A FeatureTable from parsed features alone; meta holds only `name`. */
export function toFeatureTable(features: ParsedFeatures): FeatureTable {
  return createFeatureTable({ names: features.names, data: features.data, meta: { name: features.ids } });
}

/**
 * Joins a labels CSV onto parsed features by instance name. Meta gets `name`, `speaker`,
 * `label`, `group` (the `group` column's values) and every further labels column; rows keep
 * the features' order.
 * @throws EmocodeError EMOCODE_INVALID_INPUT when names do not match (with examples and
 *   counts both ways) or the group column is missing; EMOCODE_PARSE_ERROR (file:line:column)
 *   for a label outside `classes`.
 * @example joinLabels(parseOpensmileCsv(csv), parseLabelsCsv(labels), { classes: ['angry', 'sad'] })
 */
export function joinLabels(features: ParsedFeatures, labels: LabelsCsv, options: JoinLabelsOptions = {}): FeatureTable {
  const o = parseOptions(joinLabelsOptions, options, 'joinLabels');
  if (!labels.columns.includes(o.group)) {
    throw new EmocodeError(
      'EMOCODE_INVALID_INPUT',
      `joinLabels: group must be a column of ${o.source}, got "${o.group}"; it has ${labels.columns.join(', ')}.`,
    );
  }
  checkClasses(labels, o);
  const labelNames = labelsColumn(labels, 'name');
  const labelRow = new Map(labelNames.map((name, i) => [name, i]));
  const kept: number[] = [];
  const unlabeled: string[] = [];
  features.ids.forEach((id, i) => (labelRow.has(id) ? kept.push(i) : unlabeled.push(id)));
  const featureIds = new Set(features.ids);
  const orphans = labelNames.filter((name) => !featureIds.has(name));
  if (orphans.length > 0 || (unlabeled.length > 0 && o.unlabeled === 'error')) {
    throw mismatch(features, labels, unlabeled, orphans, o);
  }
  const names = kept.map((i) => features.ids[i] as string);
  const rowsOfLabels = names.map((name) => labelRow.get(name) as number);
  const pick = (column: string) => rowsOfLabels.map((r) => labelsColumn(labels, column)[r] as string);
  const meta: Record<string, string[]> = { name: names };
  for (const column of labels.columns) if (column !== 'name') meta[column] = pick(column);
  meta.group = pick(o.group);
  const dims = features.names.length;
  const data = new Float32Array(kept.length * dims);
  kept.forEach((i, k) => data.set(features.data.subarray(i * dims, (i + 1) * dims), k * dims));
  return createFeatureTable({ names: features.names, data, meta });
}

function checkClasses(labels: LabelsCsv, o: ResolvedJoinLabelsOptions): void {
  if (!o.classes) return;
  const classes = new Set(o.classes);
  const column = labels.columns.indexOf('label') + 1;
  labelsColumn(labels, 'label').forEach((label, i) => {
    if (!classes.has(label)) {
      throw parseError(
        'joinLabels',
        o.source,
        { line: labels.lines[i] ?? 0, column },
        `label must be one of ${o.classes?.join(', ')}, got "${label}". Drop that row or widen the classes.`,
      );
    }
  });
}

function mismatch(
  features: ParsedFeatures,
  labels: LabelsCsv,
  unlabeled: string[],
  orphans: string[],
  o: ResolvedJoinLabelsOptions,
): EmocodeError {
  const few = (names: string[]) =>
    names
      .slice(0, 3)
      .map((n) => `'${n}'`)
      .join(', ');
  const parts = [];
  if (unlabeled.length > 0)
    parts.push(`${unlabeled.length} of ${features.ids.length} feature rows have no label row (e.g. ${few(unlabeled)})`);
  if (orphans.length > 0) parts.push(`${orphans.length} of ${labels.lines.length} label rows name no feature row (e.g. ${few(orphans)})`);
  return new EmocodeError(
    'EMOCODE_INVALID_INPUT',
    `joinLabels: the names in ${o.source} must match the feature table's instance names; ${parts.join('; ')}. ` +
      `The labels' name column must equal openSMILE's name (the path relative to the corpus root, e.g. 'Actor_01/03-01-01-01-01-01-01.wav')` +
      (orphans.length === 0 ? "; to keep only labelled rows pass unlabeled: 'drop'." : '.'),
  );
}
