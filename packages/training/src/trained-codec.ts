import { assert, assertFinite } from '@emocode/core';
import type { CodeDecoder, Mlp, Prior } from '@emocode/model';
import { applyInBatches } from './batches.js';
import type { ModelArtifacts, ModelManifest } from './checkpoint-store.js';
import type { EpochLog } from './epoch-log.js';
import { encodeGroups, type VariableGroups } from './named-weights.js';

/** A trained encoder/decoder pair (the plain autoencoder; the AAE extends it). */
export interface TrainedAutoencoder extends CodeDecoder {
  readonly kind: 'aae' | 'autoencoder';
  readonly history: readonly EpochLog[];
  /**
   * Encodes `rows x inputDims` features (standardized like the training data) to
   * `rows x codeSize` codes, deterministically (no dropout).
   * @throws EmocodeError EMOCODE_SHAPE_MISMATCH, EMOCODE_NON_FINITE
   */
  encode(data: Float32Array, rows: number): Float32Array;
  /** @throws EmocodeError EMOCODE_SHAPE_MISMATCH, EMOCODE_NON_FINITE */
  decode(codes: Float32Array, rows: number): Float32Array;
  /** Manifest + weights in memory (what `save` writes). */
  toArtifacts(): Promise<ModelArtifacts>;
  /**
   * Writes `model.json` and `weights.bin` into `dir` atomically (Node only; loaded by
   * `loadTrainedCodec` from `@emocode/training/node`).
   */
  save(dir: string): Promise<void>;
  /** Frees every tensor of the model; the object is unusable afterwards. */
  dispose(): void;
}

/** A trained adversarial autoencoder with the prior its codes were matched to. */
export interface TrainedAae extends TrainedAutoencoder {
  readonly kind: 'aae';
  readonly prior: Prior;
}

interface Parts {
  readonly manifest: Pick<ModelManifest, 'kind' | 'model' | 'prior'>;
  readonly encoder: Mlp;
  readonly decoder: Mlp;
  /** Every network to save (codec plus discriminator/head). */
  readonly groups: VariableGroups;
  readonly history: readonly EpochLog[];
  dispose(): void;
}

/** Wraps trained networks as a TrainedAutoencoder (the caller adds `prior` for an AAE). */
export function trainedCodec(parts: Parts): TrainedAutoencoder {
  const inputDims = parts.encoder.spec.sizes[0] ?? 0;
  const codeSize = parts.encoder.spec.sizes.at(-1) ?? 0;
  const check = (values: Float32Array, rows: number, dims: number, where: string) => {
    assert(
      Number.isInteger(rows) && rows >= 0 && values.length === rows * dims,
      () => `${where}: input must be rows x ${dims} = ${rows * dims} values, got ${values.length}.`,
      'EMOCODE_SHAPE_MISMATCH',
    );
    assertFinite(values, where, 'input');
  };
  return {
    kind: parts.manifest.kind,
    inputDims,
    codeSize,
    history: parts.history,
    encode(data, rows) {
      check(data, rows, inputDims, 'encode');
      return applyInBatches(parts.encoder, data, rows);
    },
    decode(codes, rows) {
      check(codes, rows, codeSize, 'decode');
      return applyInBatches(parts.decoder, codes, rows);
    },
    async toArtifacts() {
      const { data, specs } = await encodeGroups(parts.groups);
      const last = parts.history.at(-1)?.epoch ?? 0;
      const manifest: ModelManifest = {
        format: 'emocode-codec',
        formatVersion: 1,
        ...parts.manifest,
        epoch: last,
        history: parts.history,
        weightSpecs: specs,
      };
      return { manifest, weights: data };
    },
    async save(dir) {
      // Imported lazily so this module stays free of node imports for browser bundles.
      const { writeModelDirectory } = await import('./node/model-directory.js');
      await writeModelDirectory(dir, await this.toArtifacts());
    },
    dispose: parts.dispose,
  };
}
