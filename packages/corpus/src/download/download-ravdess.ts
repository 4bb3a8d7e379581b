import { existsSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { EmocodeError } from '@emocode/core';
import { downloadFile } from './download-file.js';
import { extractZip } from './extract-zip.js';
import { RAVDESS_SOURCE } from './ravdess-source.js';

/**
 * Downloads RAVDESS speech (RAVDESS_SOURCE) into `<corporaDir>/ravdess/` and returns that
 * directory. Unpacks into a temporary folder renamed at the end, so an interrupted run
 * never leaves a half corpus that later runs would take for complete.
 * @param source override of url/md5 (tests serve a small archive).
 * @throws EmocodeError EMOCODE_DOWNLOAD / EMOCODE_PARSE_ERROR.
 */
export async function downloadRavdess(corporaDir: string, source: { url: string; md5: string } = RAVDESS_SOURCE): Promise<string> {
  const target = join(corporaDir, 'ravdess');
  const zip = join(corporaDir, 'ravdess.zip');
  const unpacking = join(corporaDir, `ravdess.unpacking-${process.pid}`);
  process.stderr.write(`RAVDESS not found; downloading ${source.url} (about 200 MiB, ${RAVDESS_SOURCE.license}) to ${zip}\n`);
  await downloadFile(source.url, zip, { md5: source.md5, label: 'RAVDESS' });
  try {
    await extractZip(zip, unpacking);
    const unpacked = await actorsFolder(unpacking);
    if (existsSync(target)) await rm(target, { recursive: true });
    await rename(unpacked, target);
  } finally {
    await rm(unpacking, { recursive: true, force: true });
  }
  await rm(zip, { force: true });
  return target;
}

/** The folder holding Actor_NN folders: the unpacked root or its single top folder. */
async function actorsFolder(dir: string): Promise<string> {
  const names = await readdir(dir);
  if (names.some((d) => /^Actor_\d\d$/.test(d))) return dir;
  if (names.length === 1) return actorsFolder(join(dir, names[0] as string));
  throw new EmocodeError(
    'EMOCODE_PARSE_ERROR',
    `downloadRavdess: the archive must contain Actor_NN folders, got ${names.slice(0, 5).join(', ') || 'nothing'}.`,
  );
}
