import { createRng, rowsByClass, shuffled, type Rng } from '@emocode/core';
import type { Mlp } from '@emocode/model';
import * as tf from '@tensorflow/tfjs-core';
import type { ModelManifest } from './checkpoint-store.js';
import { restoreCheckpoint, saveCheckpoint, type LoopState } from './checkpoint.js';
import type { EpochLog } from './epoch-log.js';
import type { VariableGroups } from './named-weights.js';
import type { z } from 'zod';
import type { loopOptions } from './train-options.js';
import { gatherRows, mixWithinClass, reconstructionError } from './batches.js';

/** Mean losses of one mini-batch step. */
export interface StepLosses {
  reconstruction: number;
  discriminator: number;
  generator: number;
  supervised: number;
}

/** Hooks called by the training loop. */
export interface TrainHooks {
  /** Once, before the first epoch: the epochs the run will end at (after `maxSteps`) and the first it trains (> 1 when resumed). */
  onStart?(plan: { readonly epochs: number; readonly firstEpoch: number }): void;
  /** After every epoch (after validation and checkpointing). */
  onEpoch?(log: EpochLog): void;
  /** Once, after the last epoch (early stop or not). */
  onEnd?(history: readonly EpochLog[]): void;
}

/** What a concrete trainer (AAE or autoencoder) plugs into the shared loop. */
export interface LoopSetup {
  readonly where: string;
  readonly data: Float32Array;
  readonly dims: number;
  readonly labels: Int32Array | undefined;
  readonly options: z.output<typeof loopOptions>;
  readonly codec: { encoder: Mlp; decoder: Mlp };
  /** Every trainable variable, by network (saved in checkpoints). */
  readonly groups: VariableGroups;
  readonly optimizers: Record<string, tf.Optimizer>;
  readonly manifest: Pick<ModelManifest, 'kind' | 'model' | 'prior'>;
  /** Strength of within-class mixup of the training batches (0 = off; needs labels). */
  readonly classMixup: number;
  step(x: tf.Tensor2D, labels: Int32Array | undefined, rng: Rng): StepLosses;
}

/** Seeds of one epoch depend only on (seed, epoch), so a resumed run replays the same stream. */
const epochRng = (seed: number, epoch: number): Rng => createRng(seed * 1_000_003 + epoch);

/**
 * The shared mini-batch loop: shuffles, steps, validates, early-stops, checkpoints and
 * resumes. Returns the full history (including epochs replayed from a checkpoint).
 */
export async function runTrainingLoop(
  setup: LoopSetup,
  train: number[],
  validation: number[],
  hooks: TrainHooks = {},
): Promise<EpochLog[]> {
  const o = setup.options;
  const state: LoopState = { epoch: 0, history: [], best: undefined, bestWeights: undefined };
  if (o.checkpoint?.resume) await restoreCheckpoint(setup, state);
  const codecVars = [...setup.codec.encoder.variables, ...setup.codec.decoder.variables];
  // The training rows never change between epochs, so neither do their classes.
  const mixing = setup.classMixup > 0 && setup.labels ? { labels: setup.labels, byClass: rowsByClass(setup.labels, train) } : undefined;
  // A checkpoint written by an early stop must not train on when resumed.
  let stop = validation.length > 0 && state.best !== undefined && state.epoch - state.best.epoch >= o.earlyStopping.patience;
  const epochs = epochBudget(o.epochs, o.maxSteps, train.length, o.batchSize);
  hooks.onStart?.({ epochs, firstEpoch: state.epoch + 1 });
  while (state.epoch < epochs && !stop) {
    const epoch = state.epoch + 1;
    const started = performance.now();
    const losses = runEpoch(setup, train, mixing, epochRng(o.seed, epoch));
    const validationReconstruction = validation.length
      ? reconstructionError(setup.codec, setup.data, setup.dims, validation, o.batchSize)
      : Number.NaN;
    const log: EpochLog = { epoch, ...losses, validationReconstruction, seconds: (performance.now() - started) / 1000 };
    state.history.push(log);
    state.epoch = epoch;
    if (validation.length) stop = trackBest(state, log, codecVars, o.earlyStopping);
    const every = o.checkpoint?.everyEpochs ?? 1;
    if (o.checkpoint && (epoch % every === 0 || stop || epoch === epochs)) await saveCheckpoint(setup, state);
    hooks.onEpoch?.(log);
  }
  if (state.bestWeights && o.earlyStopping.restoreBest) codecVars.forEach((v, i) => v.assign(state.bestWeights?.[i] as tf.Tensor));
  state.bestWeights?.forEach((t) => t.dispose());
  hooks.onEnd?.(state.history);
  return state.history;
}

/** `epochs`, capped so that at most about `maxSteps` mini-batches of `batchSize` over `rows` rows are run. */
export function epochBudget(epochs: number, maxSteps: number | undefined, rows: number, batchSize: number): number {
  if (maxSteps === undefined) return epochs;
  return Math.min(epochs, Math.max(1, Math.ceil(maxSteps / Math.ceil(rows / batchSize))));
}

/** What within-class mixup needs: the labels and the training rows of each class. */
type Mixing = { labels: Int32Array; byClass: Map<number, number[]> };

function runEpoch(setup: LoopSetup, train: number[], mixing: Mixing | undefined, rng: Rng): StepLosses {
  const order = shuffled(train, rng);
  const sums: StepLosses = { reconstruction: 0, discriminator: 0, generator: 0, supervised: 0 };
  const batchSize = setup.options.batchSize;
  for (let start = 0; start < order.length; start += batchSize) {
    const rows = order.slice(start, start + batchSize);
    const x = mixing
      ? mixWithinClass(setup.data, setup.dims, rows, mixing.labels, mixing.byClass, setup.classMixup, rng)
      : gatherRows(setup.data, setup.dims, rows);
    const labels = setup.labels ? Int32Array.from(rows, (r) => setup.labels?.[r] ?? 0) : undefined;
    const step = setup.step(x, labels, rng);
    x.dispose();
    for (const key of Object.keys(sums) as (keyof StepLosses)[]) sums[key] += step[key] * rows.length;
  }
  for (const key of Object.keys(sums) as (keyof StepLosses)[]) sums[key] /= order.length;
  return sums;
}

/** Updates the best epoch (and a copy of its codec weights); returns true to stop. */
function trackBest(state: LoopState, log: EpochLog, codecVars: tf.Variable[], es: { patience: number; minDelta: number }): boolean {
  const loss = log.validationReconstruction;
  if (!state.best || loss < state.best.loss - es.minDelta) {
    state.best = { epoch: log.epoch, loss };
    state.bestWeights?.forEach((t) => t.dispose());
    state.bestWeights = codecVars.map((v) => tf.clone(v));
    return false;
  }
  return log.epoch - state.best.epoch >= es.patience;
}
