import { parseOptions } from '@emocode/core';
import { summarize, type Summary } from '../metrics/summarize.js';
import { pairedComparison, type PairedComparison } from '../stats/paired-comparison.js';
import { reportInput, type ReportInput } from './report-options.js';

/** One system's line of a report. */
export interface ReportRow {
  name: string;
  uar: Summary;
  wa: Summary;
  /** Paired comparison of fold UARs, this system minus the baseline; absent on the baseline row and without baseline. */
  vsBaseline?: PairedComparison;
}

/** Rows of a report plus the settings the formatters need. */
export interface ReportTable {
  rows: ReportRow[];
  baseline?: string;
  folds: number;
  digits: number;
}

/**
 * Summaries and baseline comparisons of every system, in input order.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS for duplicate names, unequal fold counts or an unknown baseline.
 * @example reportTable({ systems: [{ name: 'svm', uar: [0.6, 0.7], wa: [0.62, 0.71] }] })
 */
export function reportTable(input: ReportInput, where = 'reportTable'): ReportTable {
  const r = parseOptions(reportInput, input, where);
  const base = r.systems.find((s) => s.name === r.baseline);
  const rows = r.systems.map((s): ReportRow => {
    const row: ReportRow = { name: s.name, uar: summarize(s.uar), wa: summarize(s.wa) };
    if (base && s !== base) row.vsBaseline = pairedComparison(s.uar, base.uar);
    return row;
  });
  return { rows, folds: r.systems[0]!.uar.length, digits: r.digits, ...(r.baseline ? { baseline: r.baseline } : {}) };
}
