import { readFile } from 'node:fs/promises';
import { extractFeatures, IS10_FEATURE_NAMES } from '@emocode/features';
import { failureReason, type ExtractFailure, type ExtractInput } from '@emocode/features/node';

/** Features of the files that could be read (names in input order) and the failures. */
export interface ExtractedRows {
  readonly ids: readonly string[];
  readonly data: Float32Array;
  readonly failures: readonly ExtractFailure[];
}

/**
 * IS10 of a few files in this thread, one after another: for a handful of files, starting
 * worker threads costs more than the extraction. Failures are reported like `extractFiles`'s.
 */
export async function extractInProcess(files: readonly ExtractInput[], report: (text: string) => void): Promise<ExtractedRows> {
  const ids: string[] = [];
  const rows: Float32Array[] = [];
  const failures: ExtractFailure[] = [];
  for (const file of files) {
    try {
      const bytes = await readFile(file.path);
      rows.push(extractFeatures(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)).values);
      ids.push(file.name);
    } catch (error) {
      const reason = failureReason(error);
      report(`${file.path}: ${reason}\n`);
      failures.push({ path: file.path, name: file.name, reason });
    }
  }
  const data = new Float32Array(rows.length * IS10_FEATURE_NAMES.length);
  rows.forEach((r, i) => data.set(r, i * IS10_FEATURE_NAMES.length));
  return { ids, data, failures };
}
