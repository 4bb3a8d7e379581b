import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseOpensmileCsv } from '@emocode/features';
import { loadModel } from '@emocode/predict';
import type { MapPoint } from '../src/emotion-map.js';

// RAVDESS file names: modality-channel-emotion-intensity-statement-repetition-actor.
const EMOTIONS: Record<string, string> = { '01': 'neutral', '03': 'happy', '04': 'sad', '05': 'angry' };

/**
 * The 2-D codes of the model's classes in the shared RAVDESS reference features (each actor
 * z-scored on their own rows, as the model was trained), rounded for a small file; none when the
 * reference is not beside the checkout (`EMOCODE_DATA` or ../shared).
 */
export async function trainingCodes(modelDir: string): Promise<{ points: MapPoint[]; note: string }> {
  const shared = process.env['EMOCODE_DATA'] ?? resolve(modelDir, '../../../../../shared');
  const csv = resolve(shared, 'reference/opensmile-is10/ravdess-speech-16k.is10.csv');
  if (!existsSync(csv)) return { points: [], note: `no training codes (no ${csv})` };
  const table = parseOpensmileCsv(await readFile(csv, 'utf8'), { source: csv });
  const model = await loadModel(modelDir);
  const keep: number[] = [];
  const labels: string[] = [];
  const speakers: string[] = [];
  table.ids.forEach((id, row) => {
    const parts = id
      .replace(/\.wav$/, '')
      .split('/')
      .at(-1)!
      .split('-');
    const label = EMOTIONS[parts[2] ?? ''];
    if (label && model.classes.includes(label)) {
      keep.push(row);
      labels.push(label);
      speakers.push(parts[6] ?? '');
    }
  });
  const dims = table.names.length;
  const features = new Float32Array(keep.length * dims);
  keep.forEach((row, k) => features.set(table.data.subarray(row * dims, (row + 1) * dims), k * dims));
  const predictions = model.predictFeatures(features, keep.length, speakers);
  const round = (v: number) => Math.round(v * 100) / 100;
  const points = predictions.map((p, k) => ({ x: round(p.code[0] ?? 0), y: round(p.code[1] ?? 0), label: labels[k]! }));
  return { points, note: `${points.length} training utterances of ${csv}` };
}
