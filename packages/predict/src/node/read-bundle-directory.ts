import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EmocodeError } from '@emocode/core';
import { bundleFiles } from '../bundle-format.js';

async function read(path: string): Promise<Buffer> {
  return readFile(path).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(error)})`;
    throw new EmocodeError('EMOCODE_NOT_FOUND', `loadModel: ${path} ${why}. Pass a bundle folder (emocode train writes <out>/bundle).`, {
      cause: error,
    });
  });
}

/**
 * Reads `bundle.json` and its weights file from a folder (not yet checked: see `parseBundle`).
 * @throws EmocodeError EMOCODE_NOT_FOUND for a missing file, EMOCODE_PARSE_ERROR for bad JSON.
 */
export async function readBundleDirectory(dir: string): Promise<{ json: unknown; weights: ArrayBuffer }> {
  const path = join(dir, bundleFiles.manifest);
  const text = (await read(path)).toString('utf8');
  let json: { weightsFile?: unknown };
  try {
    json = JSON.parse(text) as { weightsFile?: unknown };
  } catch (error) {
    throw new EmocodeError('EMOCODE_PARSE_ERROR', `loadModel: ${path} must be JSON, got a parse error (${(error as Error).message}).`, {
      cause: error,
    });
  }
  const file = typeof json.weightsFile === 'string' ? json.weightsFile : bundleFiles.weights;
  const bytes = await read(join(dir, file));
  return { json, weights: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
}
