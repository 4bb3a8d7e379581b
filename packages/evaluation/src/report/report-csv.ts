import { reportTable } from './report-rows.js';
import type { ReportInput } from './report-options.js';

/**
 * The report as CSV (RFC 4180, comma-separated, full precision, empty cells where a value does
 * not apply): one row per system with UAR/WA mean and sd, per-fold UAR and WA, and the paired
 * comparison with the baseline.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS as {@link reportTable}.
 * @example writeFileSync('report.csv', reportCsv({ systems, baseline: 'is10-svm' }))
 */
export function reportCsv(input: ReportInput): string {
  const table = reportTable(input, 'reportCsv');
  const folds = Array.from({ length: table.folds }, (_, i) => i + 1);
  const header = [
    'system',
    'uar_mean',
    'uar_sd',
    'wa_mean',
    'wa_sd',
    ...folds.map((f) => `uar_fold${f}`),
    ...folds.map((f) => `wa_fold${f}`),
    'uar_diff_vs_baseline',
    't',
    'df',
    'p_t',
    'wins',
    'losses',
    'ties',
    'p_sign',
  ];
  const lines = table.rows.map((row) => {
    const c = row.vsBaseline;
    const compared = c
      ? [c.meanDiff, c.tTest.t, c.tTest.df, c.tTest.p, c.signTest.wins, c.signTest.losses, c.signTest.ties, c.signTest.p]
      : new Array<number | undefined>(8).fill(undefined);
    const cells = [row.name, row.uar.mean, row.uar.sd, row.wa.mean, row.wa.sd, ...row.uar.values, ...row.wa.values, ...compared];
    return cells.map(csvCell).join(',');
  });
  return `${[header.join(','), ...lines].join('\n')}\n`;
}

function csvCell(value: string | number | undefined): string {
  if (value === undefined || (typeof value === 'number' && Number.isNaN(value))) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
