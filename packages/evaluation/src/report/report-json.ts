import { reportTable } from './report-rows.js';
import type { ReportInput } from './report-options.js';

/**
 * The report as pretty-printed JSON: `{ baseline, folds, systems: ReportRow[] }`. NaN (an
 * undefined sd or t) becomes null, as JSON has no NaN.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS as {@link reportTable}.
 * @example JSON.parse(reportJson({ systems })).systems[0].uar.mean
 */
export function reportJson(input: ReportInput): string {
  const { rows, baseline, folds } = reportTable(input, 'reportJson');
  return `${JSON.stringify({ baseline: baseline ?? null, folds, systems: rows }, null, 2)}\n`;
}
