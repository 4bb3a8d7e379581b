import { join } from 'node:path';
import { metaStrings } from '@emocode/core';
import { createProgress } from '@emocode/core/node';
import type { ClassifierKind } from '@emocode/predict';
import { writeBundleDirectory } from '@emocode/predict/node';
import { trainBundle, type UarByMode } from '@emocode/predict/train';
import type { TrainAaeOptions, TrainedAae } from '@emocode/training';
import { epochStatus } from '@emocode/training/node';
import type { OptionSpec } from '../args.js';
import type { TrainData } from './train-data.js';
import type { ResolvedTrainCommandOptions } from './train-options.js';

/** The options of `emocode train` that shape its model bundle. */
export const bundleOptionSpecs: Record<string, OptionSpec> = {
  'cv-folds': { type: 'string', description: '<k> speaker folds that measure and calibrate the bundle\'s classifiers (default 4; k more trainings)' },
  classifier: { type: 'string', description: '<auto|svm-code|svm-raw|head> the bundle\'s classifier (default auto: highest cross-validated UAR)' },
  'min-speaker-files': { type: 'string', description: '<n> files a speaker needs at prediction for per-speaker statistics (default 8)' },
};

/** What `emocode train` reports about its bundle. */
export interface TrainBundleSummary {
  readonly dir: string;
  readonly classifier: ClassifierKind;
  readonly crossValidatedUar: Partial<Record<ClassifierKind, UarByMode>>;
}

/** `svm-code 0.712 / svm-raw 0.745 / head 0.701` in the normalisation of the training rows. */
export function bundleUarText(bundle: TrainBundleSummary): string {
  return Object.entries(bundle.crossValidatedUar)
    .map(([kind, uar]) => `${kind} ${(uar['per-speaker'] ?? uar['training-statistics']).toFixed(3)}`)
    .join(' / ');
}

/**
 * Cross-validates the classifiers on the training speakers with `model`'s training `options` (a progress bar over every fold's
 * epochs) and writes `<out>/bundle/` around the trained `model`, for `emocode predict`.
 */
export async function writeTrainBundle(out: string, data: TrainData, o: ResolvedTrainCommandOptions, model: TrainedAae, options: TrainAaeOptions, err: (text: string) => void): Promise<TrainBundleSummary> {
  // The folds' trainings must not touch the final model's checkpoint.
  const { checkpoint: _checkpoint, ...training } = options;
  const progress = createProgress({ label: `bundle: ${o.cvFolds}-fold cv`, total: o.cvFolds * o.epochs, unit: 'epochs' });
  const bundle = await trainBundle(
    { features: data.table.data, featureNames: data.table.names, labels: data.labels, classes: data.classes, speakers: metaStrings(data.table, 'group') },
    { training, normalization: o.normalization, cvFolds: o.cvFolds, classifier: o.classifier, minSpeakerFiles: o.minSpeakerFiles, seed: o.seed },
    { training: { onEpoch: (log) => progress.tick(1, epochStatus(log)) } },
    model,
  );
  progress.done();
  const dir = join(out, 'bundle');
  await writeBundleDirectory(dir, bundle);
  err(`bundle: ${bundle.manifest.classifier.kind} chosen (${bundle.manifest.selection.rule})\n`);
  return { dir, classifier: bundle.manifest.classifier.kind, crossValidatedUar: bundle.manifest.selection.crossValidatedUar };
}
