import { reportCells } from './report-cells.js';
import type { ReportInput } from './report-options.js';

/**
 * The report as a Markdown table, scores in percent: UAR and WA as mean ± sd over folds, the
 * fold UARs, and against the baseline the UAR difference, the paired t-test p and the sign test.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS as {@link reportTable}.
 * @example console.log(reportMarkdown({ systems, baseline: 'is10-svm' }))
 */
export function reportMarkdown(input: ReportInput): string {
  const { header, rows } = reportCells(input, 'reportMarkdown');
  const align = ['---', ...new Array<string>(header.length - 1).fill('---:')];
  return `${[header.map(escapeCell), align, ...rows.map((r) => r.cells.map(escapeCell))].map((cells) => `| ${cells.join(' | ')} |`).join('\n')}\n`;
}

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|');
}
