import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { EmocodeError } from '@emocode/core';
import { writeFileAtomic } from '@emocode/core/node';
import { bundleFiles, type ModelBundle } from '../bundle-format.js';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Writes a bundle folder by way of a sibling temp folder, so a crash never leaves half a bundle.
 * Replaces an existing bundle folder, never a folder that holds no bundle.json.
 * @throws EmocodeError EMOCODE_INVALID_INPUT when `dir` exists and is not a bundle.
 */
export async function writeBundleDirectory(dir: string, bundle: ModelBundle): Promise<void> {
  if ((await exists(dir)) && !(await exists(join(dir, bundleFiles.manifest)))) {
    throw new EmocodeError(
      'EMOCODE_INVALID_INPUT',
      `writeBundleDirectory: ${dir} exists and is not a model bundle (no ${bundleFiles.manifest}); it is left alone. Choose another folder.`,
    );
  }
  const tmp = join(dirname(dir), `.${basename(dir)}-${process.pid}.tmp`);
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  await writeFileAtomic(join(tmp, bundle.manifest.weightsFile), new Uint8Array(bundle.weights));
  await writeFileAtomic(join(tmp, bundleFiles.manifest), `${JSON.stringify(bundle.manifest)}\n`);
  await rm(dir, { recursive: true, force: true });
  await rename(tmp, dir);
}
