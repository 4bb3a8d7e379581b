import type { TopLevelSpec } from 'vega-lite';

type Field = { field: string; type: 'quantitative' | 'nominal'; title: string; scale?: { type: 'log'; nice: false } };

/** What `uarLinesSpec` draws: rows with `uar`, `sd` and the fields `x`, `color` (and `dash`) name. */
export interface UarLines {
  title: string;
  values: ({ uar: number; sd: number } & Record<string, unknown>)[];
  x: Field;
  color: Field;
  dash?: Field;
  /** Horizontal rules with a label at the right end (baselines, chance). */
  references?: { label: string; uar: number }[];
}

/**
 * Vega-Lite lines of mean UAR (one per color, and dash, value) with ± 1 sd error bars over
 * folds, and labelled horizontal reference rules.
 */
export function uarLinesSpec(o: UarLines): TopLevelSpec {
  const values = o.values.map((r) => ({ ...r, low: r.uar - r.sd, high: r.uar + r.sd }));
  // Line-segment legend symbols, so the dash legend shows dashes (points would hide them).
  const legend = { symbolType: 'stroke', symbolStrokeWidth: 2, labelLimit: 320 } as const;
  const dashLegend = { ...legend, symbolSize: 400, encode: { symbols: { update: { stroke: { value: 'black' } } } } } as const;
  const series = { x: o.x, color: { ...o.color, legend }, ...(o.dash ? { strokeDash: { ...o.dash, legend: dashLegend } } : {}) };
  const y = { field: 'uar', type: 'quantitative', title: 'UAR', axis: { format: '.0%' }, scale: { zero: false } } as const;
  const rules = o.references?.length
    ? [
        {
          data: { values: o.references },
          mark: { type: 'rule', strokeDash: [2, 2], color: 'gray' },
          encoding: { y: { field: 'uar', type: 'quantitative', title: 'UAR' } },
        },
        {
          data: { values: o.references },
          // Right of the plot, where no line runs (the legend is moved out of the way below).
          mark: { type: 'text', align: 'left', dx: 4, color: 'gray', x: 'width' },
          encoding: { y: { field: 'uar', type: 'quantitative', title: 'UAR' }, text: { field: 'label', type: 'nominal' } },
        },
      ]
    : [];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: o.title,
    data: { values },
    width: 420,
    height: 280,
    layer: [
      { mark: { type: 'line', point: true }, encoding: { ...series, y } },
      // Same title as the line layer, or vega-lite joins both into "UAR, low".
      {
        mark: { type: 'errorbar', ticks: true },
        encoding: { ...series, y: { field: 'low', type: 'quantitative', title: 'UAR' }, y2: { field: 'high' } },
      },
      ...rules,
    ],
    ...(rules.length ? { config: { legend: { offset: 70 } } } : {}),
  } as TopLevelSpec;
}
