import { parseOptions } from '@emocode/core';
import type { TopLevelSpec } from 'vega-lite';
import { uarVsCodeSizeRows, type UarVsCodeSizeRow } from './uar-vs-code-size-options.js';
import { uarLinesSpec } from './uar-lines.js';
import { uarReferences, type UarReferences } from './uar-references.js';

/**
 * Vega-Lite line plot of mean UAR against code size (log axis), one line per method, with
 * ± 1 sd error bars over folds, and labelled rules for the references (e.g. raw features, chance).
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS for empty rows or values out of range.
 * @example uarVsCodeSizeSpec([{ method: 'aae', codeSize: 2, uar: 0.55, sd: 0.04 }], [{ label: 'raw 1582', uar: 0.58 }])
 */
export function uarVsCodeSizeSpec(rows: UarVsCodeSizeRow[], references: UarReferences = []): TopLevelSpec {
  return uarLinesSpec({
    title: 'UAR vs code size',
    values: parseOptions(uarVsCodeSizeRows, rows, 'uarVsCodeSizeSpec'),
    references: parseOptions(uarReferences, references, 'uarVsCodeSizeSpec'),
    x: { field: 'codeSize', type: 'quantitative', title: 'code size', scale: { type: 'log', nice: false } },
    color: { field: 'method', type: 'nominal', title: 'method' },
  });
}
