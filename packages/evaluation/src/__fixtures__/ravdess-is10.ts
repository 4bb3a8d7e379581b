import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** RAVDESS emotion codes used by the 4-class task: neutral, happy, sad, angry. */
const EMOTIONS = ['01', '03', '04', '05'];

/** The shared IS10 reference CSV beside the checkout, or undefined when absent. */
export const is10Path = ((): string | undefined => {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
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

/** Z-scores columns of `x` with statistics of the rows where `fit` is true. */
export function standardize(x: Float32Array, dims: number, fit: (row: number) => boolean): Float32Array {
  const rows = x.length / dims;
  const mean = new Float64Array(dims);
  const sq = new Float64Array(dims);
  let n = 0;
  for (let r = 0; r < rows; r++) {
    if (!fit(r)) continue;
    n++;
    for (let d = 0; d < dims; d++) mean[d] += x[r * dims + d]!;
  }
  for (let d = 0; d < dims; d++) mean[d] /= n;
  for (let r = 0; r < rows; r++) {
    if (!fit(r)) continue;
    for (let d = 0; d < dims; d++) sq[d] += (x[r * dims + d]! - mean[d]!) ** 2;
  }
  return x.map((v, i) => (v - mean[i % dims]!) / (Math.sqrt(sq[i % dims]! / n) || 1));
}
