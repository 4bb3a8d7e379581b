import {
  EmocodeError,
  fitStandardizer,
  applyStandardizer,
  metaStrings,
  standardizePerGroup,
  type FeatureTable,
  type Standardizer,
} from '@emocode/core';
import { readFeatureTable } from '@emocode/features/node';

/** Normalisations `emocode train` offers (the study's finding 1: per-speaker is the larger lever). */
export type TrainNormalization = 'global' | 'per-speaker';

/** A labelled table, normalised for training, plus what synthesis needs to map back. */
export interface TrainData {
  table: FeatureTable;
  classes: string[];
  labels: Int32Array;
  x: Float32Array;
  /**
   * Fitted on every training row. With `global` it is the training normalisation; with
   * `per-speaker` it is the pooled statistics that map decoded rows back to openSMILE units.
   */
  standardizer: Standardizer;
}

/**
 * Reads features + labels (rows of other classes dropped when `classes` is given), maps labels
 * to class indices in `classes` order (default: sorted labels) and normalises.
 * @throws EmocodeError from readFeatureTable (missing file, unknown label), EMOCODE_INVALID_INPUT for < 2 classes.
 */
export async function loadTrainData(
  features: string,
  options: { labels: string; group?: string; classes?: string[]; normalization: TrainNormalization },
): Promise<TrainData> {
  const table = await readFeatureTable(features, {
    labels: options.labels,
    group: options.group,
    classes: options.classes,
    unlabeled: 'drop',
  });
  const names = metaStrings(table, 'label');
  const classes = options.classes ?? [...new Set(names)].sort();
  if (classes.length < 2) {
    throw new EmocodeError(
      'EMOCODE_INVALID_INPUT',
      `emocode train: the labels must hold at least 2 classes, got ${classes.length} (${classes.join(', ')}). Check --labels and --classes.`,
    );
  }
  const index = new Map(classes.map((c, i) => [c, i]));
  const labels = Int32Array.from(names, (n) => index.get(n) ?? -1);
  const missing = classes.filter((_, c) => !labels.includes(c));
  if (missing.length > 0) {
    throw new EmocodeError(
      'EMOCODE_INVALID_INPUT',
      `emocode train: every class must have rows, got none for ${missing.join(', ')}. Check --classes against the labels CSV.`,
    );
  }
  const all = Int32Array.from({ length: table.rows }, (_, i) => i);
  const standardizer = fitStandardizer(table.data, table.dims, all);
  const x =
    options.normalization === 'global'
      ? applyStandardizer(standardizer, table.data, table.dims)
      : standardizePerGroup(table.data, table.dims, metaStrings(table, 'group'));
  return { table, classes, labels, x, standardizer };
}

/** The JSON form of a standardizer (plus the feature names it applies to), for standardizer.json. */
export function standardizerJson(s: Standardizer, names: readonly string[], normalization: TrainNormalization): string {
  return `${JSON.stringify({ normalization, dims: s.dims, names, mean: [...s.mean], scale: [...s.scale] })}\n`;
}
