import { parseOptions } from '@emocode/core';
import type { TopLevelSpec } from 'vega-lite';
import { uarVsSyntheticAmountInput, type UarVsSyntheticAmountInput } from './uar-vs-synthetic-amount-options.js';
import { uarLinesSpec } from './uar-lines.js';

/**
 * Vega-Lite line plot of mean UAR against synthetic rows per class (log axis): one colour per
 * system, solid for real+synthetic training rows, dashed for synthetic only, ± 1 sd error bars
 * over folds, and labelled rules for the references (real only, chance).
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS for empty rows or values out of range.
 * @example uarVsSyntheticAmountSpec({ rows: [{ system: 'AAE', use: 'synthetic-only', perClass: 50, uar: 0.6, sd: 0.05 }], references: [{ label: 'chance', uar: 0.25 }] })
 */
export function uarVsSyntheticAmountSpec(input: UarVsSyntheticAmountInput): TopLevelSpec {
  const { rows, references } = parseOptions(uarVsSyntheticAmountInput, input, 'uarVsSyntheticAmountSpec');
  return uarLinesSpec({
    title: 'UAR vs synthetic rows per class',
    values: rows,
    x: { field: 'perClass', type: 'quantitative', title: 'synthetic rows per class', scale: { type: 'log', nice: false } },
    color: { field: 'system', type: 'nominal', title: 'system' },
    dash: { field: 'use', type: 'nominal', title: 'training rows' },
    references,
  });
}
