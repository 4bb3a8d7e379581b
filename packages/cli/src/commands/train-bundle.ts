import { join } from 'node:path';
import { metaStrings } from '@emocode/core';
import { createProgress } from '@emocode/core/node';
import { FEATURE_SET, type ClassifierKind } from '@emocode/predict';
import { writeBundleDirectory } from '@emocode/predict/node';
import { trainBundle, type UarByMode } from '@emocode/predict/train';
import type { TrainAaeOptions, TrainedAae } from '@emocode/training';
import { epochStatus } from '@emocode/training/node';
import type { OptionSpec } from '../args.js';
import type { TrainData } from './train-data.js';
import type { ResolvedTrainCommandOptions } from './train-options.js';

/** The options of `emocode train` that shape its model bundle. */
export const bundleOptionSpecs: Record<string, OptionSpec> = {
  'cv-folds': {
    type: 'string',
    description: "<k> speaker folds that measure and calibrate the bundle's classifiers (default 4; k more trainings)",
  },
  classifier: {
    type: 'string',
    description: "<auto|svm-code|svm-raw|head> the bundle's classifier (default auto: highest cross-validated UAR)",
  },
  'min-speaker-files': { type: 'string', description: '<n> files a speaker needs at prediction for per-speaker statistics (default 8)' },
};

/** What `emocode train` reports about its bundle, or why it wrote none. */
export type TrainBundleSummary =
  | { readonly dir: string; readonly classifier: ClassifierKind; readonly crossValidatedUar: Partial<Record<ClassifierKind, UarByMode>> }
  | { readonly skipped: string };

/** Why a table cannot make a bundle (predictions compute IS10), or undefined when it can. */
function whyNoBundle(data: TrainData, o: ResolvedTrainCommandOptions): string | undefined {
  const names = FEATURE_SET.names;
  if (data.table.names.length !== names.length || data.table.names.some((n, i) => n !== names[i])) {
    return `the features are not the ${names.length} ${FEATURE_SET.name} features that predictions compute`;
  }
  const speakers = new Set(metaStrings(data.table, 'group')).size;
  if (speakers < o.cvFolds) return `--cv-folds ${o.cvFolds} needs as many speakers, got ${speakers}`;
  return undefined;
}

/** `svm-code 0.712 / svm-raw 0.745 / head 0.701` in the normalisation of the training rows. */
export function bundleText(bundle: TrainBundleSummary): string {
  if ('skipped' in bundle) return `no bundle: ${bundle.skipped}`;
  const uar = Object.entries(bundle.crossValidatedUar)
    .map(([kind, uar]) => `${kind} ${(uar['per-speaker'] ?? uar['training-statistics']).toFixed(3)}`)
    .join(' / ');
  return `bundle: ${bundle.classifier} (cross-validated UAR ${uar}) -> ${bundle.dir}`;
}

/**
 * Cross-validates the classifiers on the training speakers with `model`'s training `options` (a progress bar over every fold's
 * epochs) and writes `<out>/bundle/` around the trained `model`, for `emocode predict`; writes
 * none for tables that are not IS10 or have fewer speakers than folds, and says why.
 */
export async function writeTrainBundle(
  out: string,
  data: TrainData,
  o: ResolvedTrainCommandOptions,
  model: TrainedAae,
  options: TrainAaeOptions,
  err: (text: string) => void,
): Promise<TrainBundleSummary> {
  const skipped = whyNoBundle(data, o);
  if (skipped) return { skipped };
  // The folds' trainings must not touch the final model's checkpoint.
  const { checkpoint: _checkpoint, ...training } = options;
  const progress = createProgress({ label: `bundle: ${o.cvFolds}-fold cv`, total: o.cvFolds * o.epochs, unit: 'epochs' });
  const bundle = await trainBundle(
    {
      features: data.table.data,
      featureNames: data.table.names,
      labels: data.labels,
      classes: data.classes,
      speakers: metaStrings(data.table, 'group'),
    },
    {
      training,
      normalization: o.normalization,
      cvFolds: o.cvFolds,
      classifier: o.classifier,
      minSpeakerFiles: o.minSpeakerFiles,
      seed: o.seed,
    },
    { training: { onEpoch: (log) => progress.tick(1, epochStatus(log)) } },
    model,
  );
  progress.done();
  const dir = join(out, 'bundle');
  await writeBundleDirectory(dir, bundle);
  err(`bundle: ${bundle.manifest.classifier.kind} chosen (${bundle.manifest.selection.rule})\n`);
  return { dir, classifier: bundle.manifest.classifier.kind, crossValidatedUar: bundle.manifest.selection.crossValidatedUar };
}
