import { parseOptions } from '@emocode/core';
import { extractFiles, listExtractInputs, type ExtractFailure } from '@emocode/features/node';
import { extractInProcess } from './extract-in-process.js';
import { z } from 'zod';
import type { EmotionModel, EmotionPrediction } from '../emotion-model.js';
import { expandPredictInputs, type PredictInput } from './predict-inputs.js';

/** Up to this many files are extracted in this thread: starting worker threads would cost more. */
const IN_PROCESS_FILES = 4;

/** Options of `predictFiles`. */
export const predictFilesOptions = z.strictObject({
  /** Speaker of every file given directly (not through a manifest); enables per-speaker normalisation. */
  speaker: z.string().min(1).optional(),
  /** Extraction worker threads (default: every core). */
  jobs: z.number().int().min(1).max(256).optional(),
  /** Keep extracted features in the content-addressed cache folder (off: prediction writes no file). */
  cacheDir: z.string().min(1).optional(),
  /** Progress bar and one line per bad file on stderr. */
  progress: z.boolean().default(true),
});
export type PredictFilesOptions = z.input<typeof predictFilesOptions>;

/** One predicted file. */
export interface FilePrediction extends EmotionPrediction, PredictInput {}

/** Predictions of the files that could be read, in path order, and the files that could not. */
export interface PredictFilesResult {
  readonly predictions: FilePrediction[];
  readonly failures: readonly ExtractFailure[];
  readonly wallSeconds: number;
}

/**
 * Predicts WAV files, folders and manifest CSVs (`path[,speaker][,label]`) with `model`: IS10
 * on the extraction worker pool with a progress bar (up to 4 files: in this thread), then one
 * batch through the model. A bad
 * file (truncated, not PCM, empty, too short) is reported with its reason and skipped.
 * @throws EmocodeError EMOCODE_NOT_FOUND / EMOCODE_INVALID_INPUT for inputs with no WAV file.
 * @example const { predictions, failures } = await predictFiles(model, ['recordings/'], { speaker: 'me' })
 */
export async function predictFiles(
  model: EmotionModel,
  inputs: readonly string[],
  options: PredictFilesOptions = {},
  report?: (text: string) => void,
): Promise<PredictFilesResult> {
  const o = parseOptions(predictFilesOptions, options, 'predictFiles');
  const started = performance.now();
  const entries = await expandPredictInputs(inputs, o.speaker);
  const paths = entries.map((e) => e.path);
  const { root, files } = await listExtractInputs(paths);
  // As extractFiles does: failures go to `report` (default stderr), silenced with `progress: false`.
  const say = (text: string) => void (o.progress && (report ? report(text) : process.stderr.write(text)));
  const extracted =
    files.length <= IN_PROCESS_FILES && o.cacheDir === undefined
      ? await extractInProcess(files, say)
      : await extractFiles(
          paths,
          {
            root,
            progress: o.progress,
            ...(o.jobs ? { jobs: o.jobs } : {}),
            ...(o.cacheDir ? { cacheDir: o.cacheDir } : { cache: false }),
          },
          report,
        );
  const byName = new Map(files.map((f) => [f.name, f.path]));
  const byPath = new Map(entries.map((e) => [e.path, e]));
  const rows = extracted.ids.map((id) => byPath.get(byName.get(id) as string) as PredictInput);
  const predicted = model.predictFeatures(
    extracted.data,
    rows.length,
    rows.map((r) => r.speaker),
  );
  return {
    predictions: rows.map((row, i) => ({ ...row, ...(predicted[i] as EmotionPrediction) })),
    failures: extracted.failures,
    wallSeconds: (performance.now() - started) / 1000,
  };
}
