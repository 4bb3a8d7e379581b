import { applyStandardizer, standardizePerGroup, type Standardizer } from '@emocode/core';
import type { ModelBundleManifest, PredictionNormalization } from './bundle-format.js';

/** Rows normalised for the encoder, and how each row was. */
export interface NormalizedRows {
  readonly x: Float32Array;
  readonly modes: PredictionNormalization[];
}

/** The training statistics of a bundle as a core `Standardizer`. */
export function trainingStandardizer(n: ModelBundleManifest['normalization']): Standardizer {
  return {
    dims: n.mean.length,
    mean: Float64Array.from(n.mean),
    scale: Float64Array.from(n.scale),
    constantColumns: Int32Array.from(n.constantColumns),
  };
}

/**
 * For a model trained on per-speaker z-scores, rows of a speaker with at least
 * `minSpeakerFiles` rows are z-scored with that speaker's own statistics (no labels needed);
 * every other row (no speaker, too few files, or a globally normalised model) with the
 * training statistics.
 * @param speakers one speaker per row, or undefined where it is not known.
 */
export function normalizeForPrediction(
  n: ModelBundleManifest['normalization'],
  standardizer: Standardizer,
  features: Float32Array,
  rows: number,
  speakers: readonly (string | undefined)[] = [],
): NormalizedRows {
  const dims = standardizer.dims;
  const x = applyStandardizer(standardizer, features, dims);
  const modes: PredictionNormalization[] = Array.from({ length: rows }, () => 'training-statistics');
  if (n.kind !== 'per-speaker') return { x, modes };
  const counts = new Map<string, number>();
  for (const s of speakers) if (s !== undefined) counts.set(s, (counts.get(s) ?? 0) + 1);
  const enough = (speaker: string | undefined) => speaker !== undefined && (counts.get(speaker) ?? 0) >= n.minSpeakerFiles;
  const own = [...Array(rows).keys()].filter((i) => enough(speakers[i]));
  if (own.length === 0) return { x, modes };
  const block = new Float32Array(own.length * dims);
  own.forEach((row, k) => block.set(features.subarray(row * dims, (row + 1) * dims), k * dims));
  const scaled = standardizePerGroup(
    block,
    dims,
    own.map((row) => speakers[row] as string),
  );
  own.forEach((row, k) => {
    x.set(scaled.subarray(k * dims, (k + 1) * dims), row * dims);
    modes[row] = 'per-speaker';
  });
  return { x, modes };
}
