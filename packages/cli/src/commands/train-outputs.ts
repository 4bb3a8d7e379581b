import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '@emocode/core/node';
import { codeScatterSpec, lossCurveSpec } from '@emocode/evaluation';
import { writePlot } from '@emocode/evaluation/node';
import { lossCurveCsv, type EpochLog, type TrainedAae } from '@emocode/training';
import { lossRows } from '../experiment/loss-rows.js';

/**
 * Writes losses.csv and loss-curves.{vl.json,svg,png}. Epochs with a non-finite loss (e.g. no
 * adversary) are left out of the plot, not of the CSV.
 */
export async function writeLosses(out: string, history: readonly EpochLog[]): Promise<void> {
  await writeFileAtomic(join(out, 'losses.csv'), lossCurveCsv(history));
  const rows = lossRows(history);
  if (rows.length > 0) await writePlot(join(out, 'loss-curves'), lossCurveSpec(rows));
}

/**
 * Writes codes-train.{vl.json,svg,png}: the training codes by class with the prior's 1σ/2σ
 * components. Codes of d > 2 are shown by their first two dims (said in the title); d = 1 is
 * drawn on a line at y = 0.
 */
export async function writeCodeScatter(
  out: string,
  model: TrainedAae,
  codes: Float32Array,
  labels: Int32Array,
  classes: string[],
): Promise<void> {
  const d = model.codeSize;
  const firstTwo = (m: Float32Array, rows: number) =>
    Float32Array.from({ length: rows * 2 }, (_, i) => (i % 2 < d ? (m[Math.floor(i / 2) * d + (i % 2)] as number) : 0));
  const title =
    d === 2
      ? 'training codes (2-D) and prior components'
      : d === 1
        ? 'training codes (1-D, drawn at y = 0) and prior components'
        : `training codes: first 2 of ${d} code dims, and prior components`;
  const sd = model.prior.options.kind === 'class-gaussian-mixture' ? model.prior.options.componentSd : 1;
  const spec = codeScatterSpec({
    codes: firstTwo(codes, labels.length),
    dims: 2,
    labels: new Int32Array(labels),
    classes,
    split: 'train',
    priorMeans: firstTwo(model.prior.means, classes.length),
    priorSd: sd,
    title,
  });
  await writePlot(join(out, 'codes-train'), spec);
}

/** Writes codes-train.csv (`name,label,code0..code{d-1}`): the encoded training rows, for plots and `synthesize --from codes`. */
export async function writeCodes(
  out: string,
  names: readonly string[],
  labels: readonly string[],
  codes: Float32Array,
  codeSize: number,
): Promise<void> {
  const header = ['name', 'label', ...Array.from({ length: codeSize }, (_, j) => `code${j}`)].join(',');
  const lines = names.map((name, i) => [JSON.stringify(name), labels[i], ...codes.subarray(i * codeSize, (i + 1) * codeSize)].join(','));
  await writeFileAtomic(join(out, 'codes-train.csv'), `${[header, ...lines].join('\n')}\n`);
}

/**
 * Saves the model into `<out>/model/` by way of a sibling temp dir; an old model is moved aside
 * before the new one takes its place and removed after, so a crash leaves one whole model.
 */
export async function saveModelAtomic(out: string, model: TrainedAae): Promise<string> {
  const dir = join(out, 'model');
  const tmp = join(out, `.model-${process.pid}.tmp`);
  const old = join(out, `.model-${process.pid}.old`);
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  await model.save(tmp);
  const replacing = await rename(dir, old).then(
    () => true,
    () => false,
  );
  await rename(tmp, dir);
  if (replacing) await rm(old, { recursive: true, force: true });
  return dir;
}
