import type { Summary } from '../metrics/summarize.js';
import { formatTTestP } from '../stats/format-t-test.js';
import { reportTable, type ReportRow } from './report-rows.js';
import type { ReportInput } from './report-options.js';

/**
 * The report as a Markdown table, scores in percent: UAR and WA as mean ± sd over folds, the
 * fold UARs, and against the baseline the UAR difference, the paired t-test p and the sign test.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS as {@link reportTable}.
 * @example console.log(reportMarkdown({ systems, baseline: 'is10-svm' }))
 */
export function reportMarkdown(input: ReportInput): string {
  const table = reportTable(input, 'reportMarkdown');
  const pct = (v: number): string => (Number.isNaN(v) ? '–' : (100 * v).toFixed(table.digits));
  const meanSd = (s: Summary): string => `${pct(s.mean)} ± ${pct(s.sd)}`;
  const versus = table.baseline ? `vs ${escapeCell(table.baseline)}` : 'vs baseline';
  const header = ['System', 'UAR % (mean ± sd)', 'WA % (mean ± sd)', 'UAR % per fold', `Δ UAR ${versus}`, 'p (paired t)', 'sign W/L/T (p)'];
  const lines = table.rows.map((row) => [
    escapeCell(row.name),
    meanSd(row.uar),
    meanSd(row.wa),
    row.uar.values.map(pct).join(' / '),
    ...comparisonCells(row, pct, table.baseline),
  ]);
  const align = ['---', ...new Array<string>(header.length - 1).fill('---:')];
  return `${[header, align, ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n')}\n`;
}

function comparisonCells(row: ReportRow, pct: (v: number) => string, baseline: string | undefined): string[] {
  const c = row.vsBaseline;
  if (!c) return [row.name === baseline ? '(baseline)' : '', '', ''];
  const sign = c.meanDiff > 0 ? '+' : '';
  const s = c.signTest;
  return [`${sign}${pct(c.meanDiff)}`, formatTTestP(c), `${s.wins}/${s.losses}/${s.ties} (${formatP(s.p)})`];
}

function formatP(p: number): string {
  if (Number.isNaN(p)) return '–';
  return p < 0.001 ? '< 0.001' : p.toFixed(3);
}

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|');
}
