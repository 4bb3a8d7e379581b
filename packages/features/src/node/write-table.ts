import { writeFileAtomic } from '@emocode/core/node';
import { formatOpensmileCsv, type OpensmileCsvContent } from '../table/format-opensmile-csv.js';
import { formatLabelsCsv } from '../table/labels-csv.js';

/**
 * Writes a table in openSMILE's CSV layout, atomically (readers never see half a file).
 * @example await writeOpensmileCsv('out.csv', { ids, names, data })
 */
export async function writeOpensmileCsv(path: string, content: OpensmileCsvContent): Promise<void> {
  await writeFileAtomic(path, formatOpensmileCsv(content));
}

/**
 * Writes a labels CSV (`name,speaker,label,...`), atomically.
 * @param columns column name → one string per row, `name` first.
 */
export async function writeLabelsCsv(path: string, columns: Record<string, readonly string[]>): Promise<void> {
  await writeFileAtomic(path, formatLabelsCsv(columns));
}
