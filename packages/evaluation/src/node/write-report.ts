import path from 'node:path';
import { writeFileAtomic } from '@emocode/core/node';
import { reportCsv } from '../report/report-csv.js';
import { reportJson } from '../report/report-json.js';
import { reportMarkdown } from '../report/report-markdown.js';
import type { ReportInput } from '../report/report-options.js';

/**
 * Writes `<basename>.csv`, `.json` and `.md` into `dir`, each atomically (a reader never sees a
 * half-written file); `dir` is created when missing. Nothing is written when the input is invalid.
 * @returns the three paths written.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS as reportTable; the file system's errors as they come.
 * @example await writeReport('experiments/compression/results/abc123', { systems, baseline: 'pca' })
 */
export async function writeReport(dir: string, input: ReportInput, basename = 'report'): Promise<string[]> {
  const files: [string, string][] = [
    [`${basename}.csv`, reportCsv(input)],
    [`${basename}.json`, reportJson(input)],
    [`${basename}.md`, reportMarkdown(input)],
  ];
  const written: string[] = [];
  for (const [name, text] of files) {
    const file = path.join(dir, name);
    await writeFileAtomic(file, text);
    written.push(file);
  }
  return written;
}
