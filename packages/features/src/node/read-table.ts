import type { FeatureTable } from '@emocode/core';
import { joinLabels, toFeatureTable } from '../table/join-labels.js';
import { parseLabelsCsv, type LabelsCsv } from '../table/labels-csv.js';
import { parseOpensmileCsv, type ParsedFeatures } from '../table/parse-opensmile-csv.js';
import type { JoinLabelsOptions, OpensmileCsvOptions } from '../table/table-options.js';
import { readTextFile } from './read-text-file.js';

/**
 * Reads an openSMILE CSV file (see parseOpensmileCsv); errors name the file, line and column.
 * @throws EmocodeError EMOCODE_NOT_FOUND for a missing file, EMOCODE_PARSE_ERROR for bad content.
 */
export async function readOpensmileCsv(path: string, options: Omit<OpensmileCsvOptions, 'source'> = {}): Promise<ParsedFeatures> {
  const text = await readTextFile(path, 'readOpensmileCsv', 'the features CSV');
  return parseOpensmileCsv(text, { ...options, source: path });
}

/**
 * Reads a labels CSV file (`name,speaker,label,...`; see parseLabelsCsv).
 * @throws EmocodeError EMOCODE_NOT_FOUND for a missing file, EMOCODE_PARSE_ERROR for bad content.
 */
export async function readLabelsCsv(path: string): Promise<LabelsCsv> {
  return parseLabelsCsv(await readTextFile(path, 'readLabelsCsv', 'the labels CSV'), path);
}

/** Options of readFeatureTable: the CSV's NaN policy and, with `labels`, how labels join. */
export type ReadFeatureTableOptions = Omit<OpensmileCsvOptions, 'source'> &
  Omit<JoinLabelsOptions, 'source'> & {
    /** Path of a labels CSV joined onto the features by name. */
    labels?: string;
  };

/**
 * Reads an openSMILE CSV into a FeatureTable, joining a labels CSV when `labels` is given
 * (meta gains speaker, label, group and any further label columns).
 * @throws EmocodeError EMOCODE_NOT_FOUND / EMOCODE_PARSE_ERROR / EMOCODE_INVALID_INPUT (names do not match).
 * @example await readFeatureTable('is10.csv', { labels: 'labels.csv', classes: ['angry', 'happy', 'neutral', 'sad'] })
 */
export async function readFeatureTable(path: string, options: ReadFeatureTableOptions = {}): Promise<FeatureTable> {
  const { labels, group, classes, unlabeled, ...csv } = options;
  const features = await readOpensmileCsv(path, csv);
  if (labels === undefined) return toFeatureTable(features);
  return joinLabels(features, await readLabelsCsv(labels), { source: labels, group, classes, unlabeled });
}
