// Test helper: 4-class RAVDESS rows of the reference IS10 table (../shared), by actor.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRavdessName } from '@emocode/corpus';
import { readOpensmileCsv } from '@emocode/features/node';
import type { TrainAaeOptions } from '@emocode/training';
import type { TrainBundleInput } from '../train/index.js';

const shared = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../shared');
export const ravdessCsv = path.join(shared, 'reference/opensmile-is10/ravdess-speech-16k.is10.csv');
export const ravdessWavs = path.join(shared, 'corpora/ravdess-speech-16k');
/** True when the shared corpus and reference table are beside the checkout (tests skip otherwise). */
export const hasRavdess = existsSync(ravdessCsv) && existsSync(ravdessWavs);
export const CLASSES = ['angry', 'happy', 'neutral', 'sad'] as const;

/** Rows of the given actors (1..24) in the 4 classes, with instance names (`Actor_01/….wav`). */
export async function ravdessRows(actors: readonly number[]): Promise<TrainBundleInput & { ids: string[] }> {
  const table = await readOpensmileCsv(ravdessCsv);
  const dims = table.names.length;
  const keep = table.ids.flatMap((id, row) => {
    const n = parseRavdessName(path.basename(id));
    const label = (CLASSES as readonly string[]).indexOf(n.emotion);
    return label >= 0 && actors.includes(n.actor) ? [{ id, row, label, speaker: `actor${String(n.actor).padStart(2, '0')}` }] : [];
  });
  const features = new Float32Array(keep.length * dims);
  keep.forEach((k, i) => features.set(table.data.subarray(k.row * dims, (k.row + 1) * dims), i * dims));
  return {
    features,
    featureNames: table.names,
    labels: Int32Array.from(keep, (k) => k.label),
    classes: [...CLASSES],
    speakers: keep.map((k) => k.speaker),
    ids: keep.map((k) => k.id),
  };
}

/** A manifest CSV (`path,speaker,label`) of the given rows' WAV files. */
export function manifestOf(rows: { ids: string[]; speakers: readonly string[]; labels: Int32Array }): string {
  const lines = rows.ids.map((id, i) => `${path.join(ravdessWavs, id)},${rows.speakers[i]},${CLASSES[rows.labels[i] as number]}`);
  return `path,speaker,label\n${lines.join('\n')}\n`;
}

/** A small, quick AAE for tests: the study's recipe with narrow nets and few epochs. */
export const tinyTraining: TrainAaeOptions = {
  model: {
    hidden: [32, 32],
    discriminatorHidden: [32, 32],
    dropout: 0.5,
    discriminatorDropout: 0,
    conditionDiscriminator: true,
    codeSize: 2,
  },
  prior: { kind: 'class-gaussian-mixture', radius: 3, componentSd: 1 },
  supervisedWeight: 1,
  adversarialWeight: 0.1,
  jointGenerator: true,
  classMixup: 0.5,
  batchSize: 32,
  epochs: 8,
};
