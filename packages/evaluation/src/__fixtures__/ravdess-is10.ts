// Test and bench helper (not built): the RAVDESS 4-class task on the shared openSMILE IS10 reference.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** RAVDESS emotion codes used by the 4-class task: neutral, happy, sad, angry. */
const EMOTIONS = ['01', '03', '04', '05'];

/** The shared IS10 reference CSV beside the checkout, or undefined when absent. */
export const is10Path = ((): string | undefined => {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
  const file = path.resolve(repoRoot, '../shared/reference/opensmile-is10/ravdess-speech-16k.is10.csv');
  return existsSync(file) ? file : undefined;
})();

/** RAVDESS 4-class IS10 rows: x (rows x 1582), label 0..3, actor id per row. */
export function loadRavdess4(file: string): { x: Float32Array; dims: number; labels: Int32Array; actors: string[] } {
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  const dims = lines[0]!.split(';').length - 2;
  const rows: number[][] = [];
  const labels: number[] = [];
  const actors: string[] = [];
  for (const line of lines.slice(1)) {
    const cells = line.split(';');
    const name = cells[0]!.replaceAll("'", '');
    const emotion = EMOTIONS.indexOf(path.basename(name).split('-')[2]!);
    if (emotion < 0) continue;
    rows.push(cells.slice(2).map(Number));
    labels.push(emotion);
    actors.push(name.split('/')[0]!);
  }
  return { x: Float32Array.from(rows.flat()), dims, labels: Int32Array.from(labels), actors };
}

/** Z-scores columns of `x` with statistics (population sd) of the rows where `fit` is true. */
export function standardize(x: Float32Array, dims: number, fit: (row: number) => boolean): Float32Array {
  const rows = x.length / dims;
  const mean = new Float64Array(dims);
  const sq = new Float64Array(dims);
  let n = 0;
  for (let r = 0; r < rows; r++) {
    if (!fit(r)) continue;
    n++;
    for (let d = 0; d < dims; d++) mean[d] = mean[d]! + x[r * dims + d]!;
  }
  for (let d = 0; d < dims; d++) mean[d] = mean[d]! / n;
  for (let r = 0; r < rows; r++) {
    if (!fit(r)) continue;
    for (let d = 0; d < dims; d++) sq[d] = sq[d]! + (x[r * dims + d]! - mean[d]!) ** 2;
  }
  return x.map((v, i) => (v - mean[i % dims]!) / (Math.sqrt(sq[i % dims]! / n) || 1));
}

/** A train/test split of standardized rows, keeping the first `dims` features. */
export interface Split {
  dims: number;
  xTrain: Float32Array;
  yTrain: Int32Array;
  xTest: Float32Array;
  yTest: Int32Array;
}

/**
 * The fixed speaker-independent split used by the SVM checks: actors 1-20 train (560 rows),
 * 21-24 test (112 rows); z-scored with training statistics, then cut to the first `dims` columns.
 */
export function ravdess4Split(file: string, dims?: number): Split {
  const data = loadRavdess4(file);
  const keep = dims ?? data.dims;
  const isTrain = (r: number): boolean => Number(data.actors[r]!.slice(6)) <= 20;
  const x = standardize(data.x, data.dims, isTrain);
  const pick = (train: boolean): Int32Array => Int32Array.from(data.actors.keys()).filter((r) => isTrain(r) === train);
  const take = (rows: Int32Array): Float32Array => {
    const out = new Float32Array(rows.length * keep);
    rows.forEach((r, i) => out.set(x.subarray(r * data.dims, r * data.dims + keep), i * keep));
    return out;
  };
  const [train, test] = [pick(true), pick(false)];
  const labels = (rows: Int32Array): Int32Array => rows.map((r) => data.labels[r]!);
  return { dims: keep, xTrain: take(train), yTrain: labels(train), xTest: take(test), yTest: labels(test) };
}
