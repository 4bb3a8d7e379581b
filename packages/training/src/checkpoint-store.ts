import type * as tf from '@tensorflow/tfjs-core';
import type { EpochLog } from './epoch-log.js';

/** The JSON half of a saved model or checkpoint (the model.json-like manifest). */
export interface ModelManifest {
  readonly format: 'emocode-codec';
  readonly formatVersion: 1;
  readonly kind: 'aae' | 'autoencoder';
  /** Resolved model options (architecture and seed). */
  readonly model: Record<string, unknown>;
  /** Resolved prior options (AAE only). */
  readonly prior?: Record<string, unknown>;
  /** Epochs completed. */
  readonly epoch: number;
  readonly history: readonly EpochLog[];
  /** Best validation epoch so far and its loss (early stopping state). */
  readonly best?: { readonly epoch: number; readonly loss: number };
  readonly weightSpecs: tf.io.WeightsManifestEntry[];
  /** Weights file beside the manifest (directory stores); default `weights.bin`. */
  readonly weightsFile?: string;
}

/** Manifest plus the binary weights (tfjs `encodeWeights` layout, one buffer). */
export interface ModelArtifacts {
  readonly manifest: ModelManifest;
  readonly weights: ArrayBuffer;
}

/**
 * Where checkpoints go. `@emocode/training/node` has `directoryCheckpointStore(dir)`;
 * `memoryCheckpointStore()` keeps them in memory (tests, browsers).
 */
export interface CheckpointStore {
  save(artifacts: ModelArtifacts): Promise<void>;
  /** The last saved checkpoint, or undefined when there is none. */
  load(): Promise<ModelArtifacts | undefined>;
}

/**
 * A CheckpointStore that keeps the last checkpoint in memory (`saves` counts them).
 * @example await trainAae(x, dims, y, { checkpoint: { store: memoryCheckpointStore() } })
 */
export function memoryCheckpointStore(): CheckpointStore & { saves: number } {
  let last: ModelArtifacts | undefined;
  return {
    saves: 0,
    async save(artifacts) {
      last = { manifest: structuredClone(artifacts.manifest), weights: artifacts.weights.slice(0) };
      this.saves++;
    },
    async load() {
      return last;
    },
  };
}
