import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';
import { EmocodeError } from '@emocode/core';
import { readZip } from './read-zip.js';

/**
 * Unpacks a zip file into `destDir`, refusing entries that would land outside it.
 * @returns the number of files written.
 * @throws EmocodeError EMOCODE_PARSE_ERROR for a damaged archive or an unsafe entry name.
 */
export async function extractZip(zipPath: string, destDir: string): Promise<number> {
  const entries = readZip(await readFile(zipPath), zipPath);
  for (const entry of entries) {
    const target = normalize(join(destDir, entry.name));
    if (!target.startsWith(normalize(destDir) + sep)) {
      throw new EmocodeError(
        'EMOCODE_PARSE_ERROR',
        `extractZip: entry names must stay inside ${destDir}, got "${entry.name}" in ${zipPath}.`,
      );
    }
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, entry.data());
  }
  return entries.length;
}
