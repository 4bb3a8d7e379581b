import { EmocodeError } from '@emocode/core';
import { writeFileAtomic } from '@emocode/core/node';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ModelArtifacts, ModelManifest } from '../checkpoint-store.js';
import { reviveHistory } from '../epoch-log.js';

/** File names inside a model or checkpoint directory. */
export const modelFiles = { manifest: 'model.json', weights: 'weights.bin' } as const;

/**
 * Writes the weights to `weightsFile` then `model.json` naming it, each atomically. With a
 * fresh `weightsFile` per save (checkpoints) the pair is replaced atomically as a whole: the
 * manifest rename is the commit point, so a crash leaves the previous pair intact.
 */
export async function writeModelDirectory(dir: string, artifacts: ModelArtifacts, weightsFile: string = modelFiles.weights): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFileAtomic(join(dir, weightsFile), new Uint8Array(artifacts.weights));
  const manifest = { ...artifacts.manifest, weightsFile };
  await writeFileAtomic(join(dir, modelFiles.manifest), `${JSON.stringify(manifest, null, 1)}\n`);
}

/**
 * Reads a directory written by `writeModelDirectory`; undefined when it has no manifest.
 * @throws EmocodeError EMOCODE_PARSE_ERROR for a manifest of another format.
 */
export async function readModelDirectory(dir: string): Promise<ModelArtifacts | undefined> {
  let text: string;
  try {
    text = await readFile(join(dir, modelFiles.manifest), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const parsed = JSON.parse(text) as ModelManifest;
  const manifest: ModelManifest = { ...parsed, history: reviveHistory(parsed.history ?? []) };
  if (manifest.format !== 'emocode-codec' || manifest.formatVersion !== 1) {
    throw new EmocodeError(
      'EMOCODE_PARSE_ERROR',
      `readModelDirectory: ${join(dir, modelFiles.manifest)} must be an emocode-codec v1 manifest, got format ${String(manifest.format)}.`,
    );
  }
  const bytes = await readFile(join(dir, manifest.weightsFile ?? modelFiles.weights));
  return { manifest, weights: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
}
