import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fromCSV } from 'arquero';
import { EmocodeError } from '@emocode/core';
import type { Utterance } from '../utterance.js';

const required = ['path', 'speaker', 'label'];

/**
 * Reads a CSV manifest with columns `path,speaker,label` and optionally `group` (default:
 * speaker) plus any further columns (kept as extra fields). Relative paths are relative
 * to the manifest's folder, which is the corpus root; ids are those relative paths.
 * @throws EmocodeError EMOCODE_PARSE_ERROR naming file and line for a missing column or empty cell.
 * @example await loadCsvManifest('my-corpus/manifest.csv')
 */
export async function loadCsvManifest(file: string): Promise<Utterance[]> {
  const root = dirname(resolve(file));
  const table = fromCSV(await readFile(file, 'utf8'), { autoType: false });
  const columns = table.columnNames();
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    throw new EmocodeError(
      'EMOCODE_PARSE_ERROR',
      `loadCsvManifest: ${file}:1: the header must contain path, speaker and label, got "${columns.join(',')}" (missing ${missing.join(', ')}).`,
    );
  }
  const rows = table.objects() as Record<string, string | undefined>[];
  return rows.map((row, i) => {
    const cell = (column: string): string => {
      const value = row[column]?.trim();
      if (!value) throw new EmocodeError('EMOCODE_PARSE_ERROR', `loadCsvManifest: ${file}:${i + 2}: ${column} must not be empty.`);
      return value;
    };
    const path = resolve(root, cell('path'));
    const extra = Object.fromEntries(columns.filter((c) => !required.includes(c) && c !== 'group').map((c) => [c, row[c] ?? '']));
    const id = isAbsolute(cell('path')) ? path : relative(root, path).split(sep).join('/');
    return { id, path, speaker: cell('speaker'), group: row.group?.trim() || cell('speaker'), label: cell('label'), extra };
  });
}
