import { parseOptions } from '@emocode/core';
import type { TopLevelSpec } from 'vega-lite';
import { uarVsCodeSizeRows, type UarVsCodeSizeRow } from './uar-vs-code-size-options.js';

/**
 * Vega-Lite line plot of mean UAR against code size (log axis), one line per method, with
 * ± 1 sd error bars over folds.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS for empty rows or values out of range.
 * @example uarVsCodeSizeSpec([{ method: 'aae', codeSize: 2, uar: 0.55, sd: 0.04 }])
 */
export function uarVsCodeSizeSpec(rows: UarVsCodeSizeRow[]): TopLevelSpec {
  const values = parseOptions(uarVsCodeSizeRows, rows, 'uarVsCodeSizeSpec').map((r) => ({
    ...r,
    low: r.uar - r.sd,
    high: r.uar + r.sd,
  }));
  const x = { field: 'codeSize', type: 'quantitative', title: 'code size', scale: { type: 'log' } } as const;
  const color = { field: 'method', type: 'nominal', title: 'method' } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: 'UAR vs code size',
    data: { values },
    width: 420,
    height: 280,
    layer: [
      {
        mark: { type: 'line', point: true },
        encoding: { x, y: { field: 'uar', type: 'quantitative', title: 'UAR', axis: { format: '.0%' }, scale: { zero: false } }, color },
      },
      {
        mark: { type: 'errorbar', ticks: true },
        // Same title as the line layer, or vega-lite joins both into "UAR, low".
        encoding: { x, y: { field: 'low', type: 'quantitative', title: 'UAR' }, y2: { field: 'high' }, color },
      },
    ],
  };
}
