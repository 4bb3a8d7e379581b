import type { Summary } from '../metrics/summarize.js';
import { formatTTestP } from '../stats/format-t-test.js';
import { reportTable, type ReportRow } from './report-rows.js';
import type { ReportInput } from './report-options.js';

/** The text of a report table, before a format (Markdown, HTML) escapes and lays it out. */
export interface ReportCells {
  header: string[];
  /** One per system, in input order: its row and its cells under `header`. */
  rows: { row: ReportRow; cells: string[] }[];
  baseline?: string;
}

/**
 * A report's cells, scores in percent: UAR and WA as mean ± sd over folds, the fold UARs, and
 * against the baseline Δ UAR, the paired t-test p and the sign test `W/L/T (p)`.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS as {@link reportTable}.
 * @example reportCells({ systems, baseline: 'raw' }).rows[1].cells // ['aae d=2', '81.7 ± 9.6', …, '+1.5', '0.627', '5/4/1 (1.000)']
 */
export function reportCells(input: ReportInput, where: string): ReportCells {
  const table = reportTable(input, where);
  const pct = (v: number): string => (Number.isNaN(v) ? '–' : (100 * v).toFixed(table.digits));
  const meanSd = (s: Summary): string => `${pct(s.mean)} ± ${pct(s.sd)}`;
  const versus = table.baseline ? `vs ${table.baseline}` : 'vs baseline';
  return {
    header: ['System', 'UAR % (mean ± sd)', 'WA % (mean ± sd)', 'UAR % per fold', `Δ UAR ${versus}`, 'p (paired t)', 'sign W/L/T (p)'],
    rows: table.rows.map((row) => ({
      row,
      cells: [row.name, meanSd(row.uar), meanSd(row.wa), row.uar.values.map(pct).join(' / '), ...comparisonCells(row, pct, table.baseline)],
    })),
    ...(table.baseline ? { baseline: table.baseline } : {}),
  };
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
