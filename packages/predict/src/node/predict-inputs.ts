import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fromCSV } from 'arquero';
import { EmocodeError } from '@emocode/core';
import { listExtractInputs } from '@emocode/features/node';

/** One file to predict, with its speaker and true label where a manifest gives them. */
export interface PredictInput {
  readonly path: string;
  readonly speaker?: string;
  readonly truth?: string;
}

/**
 * Reads a manifest CSV: a `path` column (relative to the manifest's folder) and optionally
 * `speaker` and `label` (the truth, reported beside the prediction; never used to predict).
 * @throws EmocodeError EMOCODE_PARSE_ERROR naming the file and line of a bad row.
 */
export async function readPredictManifest(file: string): Promise<PredictInput[]> {
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    throw new EmocodeError(
      'EMOCODE_NOT_FOUND',
      `predictFiles: manifest ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
      { cause: error },
    );
  });
  const table = fromCSV(text, { autoType: false });
  if (!table.columnNames().includes('path')) {
    throw new EmocodeError(
      'EMOCODE_PARSE_ERROR',
      `predictFiles: ${file}:1: the header must contain a path column (optionally speaker and label), got "${table.columnNames().join(',')}".`,
    );
  }
  const root = dirname(resolve(file));
  return (table.objects() as Record<string, string | undefined>[]).map((row, i) => {
    const path = row['path']?.trim();
    if (!path) throw new EmocodeError('EMOCODE_PARSE_ERROR', `predictFiles: ${file}:${i + 2}: path must not be empty.`);
    const speaker = row['speaker']?.trim();
    const truth = row['label']?.trim();
    return { path: resolve(root, path), ...(speaker ? { speaker } : {}), ...(truth ? { truth } : {}) };
  });
}

/**
 * Expands WAV files, folders (searched recursively) and manifest CSVs into one list, each path
 * once. `speaker` applies to files and folders given directly (a manifest's own column wins).
 * @throws EmocodeError EMOCODE_NOT_FOUND for a missing input, EMOCODE_INVALID_INPUT when no WAV is found.
 */
export async function expandPredictInputs(inputs: readonly string[], speaker?: string): Promise<PredictInput[]> {
  const lists = await Promise.all(
    inputs.map(async (input): Promise<PredictInput[]> => {
      if (/\.csv$/i.test(input)) return readPredictManifest(input);
      const { files } = await listExtractInputs([input]);
      return files.map((f) => ({ path: f.path, ...(speaker ? { speaker } : {}) }));
    }),
  );
  // The first mention of a path wins (a manifest's speaker over a later folder's).
  const byPath = new Map<string, PredictInput>();
  for (const entry of lists.flat()) if (!byPath.has(entry.path)) byPath.set(entry.path, entry);
  return [...byPath.values()];
}
