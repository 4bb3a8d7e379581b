import { writeOutputFile } from '@emocode/core/node';
import { formatOpensmileCsv, type OpensmileCsvContent } from '../table/format-opensmile-csv.js';
import { formatLabelsCsv } from '../table/labels-csv.js';

/**
 * Writes a table in openSMILE's CSV layout, atomically (readers never see half a file), with
 * `<path>.emocode.json` beside it (`details` and the content's hash: see writeOutputFile).
 * @example await writeOpensmileCsv('out.csv', { ids, names, data })
 */
export async function writeOpensmileCsv(path: string, content: OpensmileCsvContent, details: Record<string, unknown> = {}): Promise<void> {
  await writeOutputFile(path, formatOpensmileCsv(content), details);
}

/**
 * Writes a labels CSV (`name,speaker,label,...`), atomically, with `<path>.emocode.json` beside it.
 * @param columns column name → one string per row, `name` first.
 */
export async function writeLabelsCsv(path: string, columns: Record<string, readonly string[]>): Promise<void> {
  await writeOutputFile(path, formatLabelsCsv(columns));
}
