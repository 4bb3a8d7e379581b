import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheckpointStore } from '../checkpoint-store.js';
import { lossCurveCsv } from '../epoch-log.js';
import { writeFileAtomic } from '@emocode/core/node';
import { readModelDirectory, writeModelDirectory } from './model-directory.js';

/**
 * Checkpoints in a directory: `model.json` naming `weights-epoch-<n>.bin` (weights, Adam
 * state, best-epoch snapshot) plus `loss-curve.csv`. Each save writes a new weights file,
 * commits by renaming the manifest, then deletes the previous weights file.
 * @example trainAae(x, 1582, y, { checkpoint: { store: directoryCheckpointStore('runs/a/ckpt') } })
 */
export function directoryCheckpointStore(dir: string): CheckpointStore {
  return {
    async save(artifacts) {
      const previous = (await readModelDirectory(dir).catch(() => undefined))?.manifest.weightsFile;
      const weightsFile = `weights-epoch-${String(artifacts.manifest.epoch).padStart(6, '0')}.bin`;
      await writeModelDirectory(dir, artifacts, weightsFile);
      await writeFileAtomic(join(dir, 'loss-curve.csv'), lossCurveCsv(artifacts.manifest.history));
      if (previous && previous !== weightsFile) await rm(join(dir, previous), { force: true });
    },
    load: () => readModelDirectory(dir),
  };
}
