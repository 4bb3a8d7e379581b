import { EmocodeError } from '@emocode/core';
import * as tf from '@tensorflow/tfjs-core';
import type { ModelManifest } from './checkpoint-store.js';
import type { EpochLog } from './epoch-log.js';
import { assignGroups, encodeGroups, type NamedTensor } from './named-weights.js';
import type { LoopSetup } from './training-loop.js';

/** Mutable state of the loop that a checkpoint must carry. */
export interface LoopState {
  epoch: number;
  history: EpochLog[];
  best: { epoch: number; loss: number } | undefined;
  /** Codec weights of the best epoch (encoder then decoder variables). */
  bestWeights: tf.Tensor[] | undefined;
}

/**
 * Saves weights, Adam state (moments and step count of every optimizer), the best-epoch
 * snapshot and the history, so a resumed run continues exactly where this one stopped.
 */
export async function saveCheckpoint(setup: LoopSetup, state: LoopState): Promise<void> {
  const extra: NamedTensor[] = [];
  const owned: tf.Tensor[] = [];
  for (const [name, optimizer] of Object.entries(setup.optimizers)) {
    const weights = await optimizer.getWeights();
    weights.forEach((w, i) => extra.push({ name: `optimizer/${name}/${i}`, tensor: w.tensor }));
    // getWeights returns a fresh scalar for the step count; the moments are the live variables.
    if (weights[0]) owned.push(weights[0].tensor);
  }
  state.bestWeights?.forEach((t, i) => extra.push({ name: `best/${i}`, tensor: t }));
  const { data, specs } = await encodeGroups(setup.groups, extra);
  owned.forEach((t) => t.dispose());
  const manifest: ModelManifest = {
    format: 'emocode-codec',
    formatVersion: 1,
    ...setup.manifest,
    epoch: state.epoch,
    history: state.history,
    ...(state.best ? { best: state.best } : {}),
    weightSpecs: specs,
  };
  await setup.options.checkpoint?.store.save({ manifest, weights: data });
}

/** Loads the store's last checkpoint into the networks, optimizers and `state`, if any. */
export async function restoreCheckpoint(setup: LoopSetup, state: LoopState): Promise<void> {
  const artifacts = await setup.options.checkpoint?.store.load();
  if (!artifacts) return;
  const m = artifacts.manifest;
  if (m.kind !== setup.manifest.kind || JSON.stringify(m.model) !== JSON.stringify(setup.manifest.model)) {
    throw new EmocodeError(
      'EMOCODE_INVALID_INPUT',
      `${setup.where}: checkpoint must come from the same model options, got ${m.kind} ${JSON.stringify(m.model)}. Use another checkpoint store or resume: false.`,
    );
  }
  const rest = assignGroups(tf.io.decodeWeights(artifacts.weights, m.weightSpecs), setup.groups, setup.where);
  for (const [name, optimizer] of Object.entries(setup.optimizers)) {
    const prefix = `optimizer/${name}/`;
    const weights = Object.keys(rest)
      .filter((k) => k.startsWith(prefix))
      .sort((a, b) => Number(a.slice(prefix.length)) - Number(b.slice(prefix.length)))
      .map((k) => ({ name: k, tensor: rest[k] as tf.Tensor }));
    if (weights.length) await optimizer.setWeights(weights);
  }
  const best = Object.keys(rest)
    .filter((k) => k.startsWith('best/'))
    .sort((a, b) => Number(a.slice(5)) - Number(b.slice(5)));
  state.bestWeights = best.length ? best.map((k) => tf.clone(rest[k] as tf.Tensor)) : undefined;
  Object.values(rest).forEach((t) => t.dispose());
  state.epoch = m.epoch;
  state.history = [...m.history];
  state.best = m.best ? { ...m.best } : undefined;
}
