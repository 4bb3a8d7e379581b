import { parseOptions } from '@emocode/core';
import type { TopLevelSpec } from 'vega-lite';
import { codeScatterOptions, type CodeScatterOptions } from './code-scatter-options.js';

const SEGMENTS = 64;

/**
 * Vega-Lite scatter of 2-D codes coloured by class, with the class prior's 1σ/2σ ellipses.
 * Colours follow the order of `classes`, so train and test plots of one run match.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS for inconsistent shapes (see {@link codeScatterOptions}).
 * @example renderPng(codeScatterSpec({ codes, dims: 2, labels, classes, split: 'test', priorMeans, priorSd: 1 }))
 */
export function codeScatterSpec(options: CodeScatterOptions): TopLevelSpec {
  const o = parseOptions(codeScatterOptions, options, 'codeScatterSpec');
  const points = Array.from(o.labels, (label, i) => ({ x: o.codes[2 * i]!, y: o.codes[2 * i + 1]!, class: o.classes[label]! }));
  const color = { field: 'class', type: 'nominal', title: 'class', scale: { domain: o.classes } } as const;
  const pointLayer = {
    data: { values: points },
    mark: { type: 'point', filled: true, size: 18, opacity: 0.6 },
    encoding: {
      x: { field: 'x', type: 'quantitative', title: 'code 1', scale: { zero: false } },
      y: { field: 'y', type: 'quantitative', title: 'code 2', scale: { zero: false } },
      color,
    },
  } as const;
  const layers: NonNullable<Extract<TopLevelSpec, { layer: unknown }>['layer']> = [pointLayer];
  if (o.priorMeans && o.priorSd !== undefined) {
    layers.push({
      data: { values: priorEllipses(o.priorMeans, o.priorSd, o.classes) },
      mark: { type: 'line', strokeWidth: 1.5 },
      encoding: {
        x: { field: 'x', type: 'quantitative' },
        y: { field: 'y', type: 'quantitative' },
        color,
        detail: { field: 'ring', type: 'nominal' },
        order: { field: 'step', type: 'quantitative' },
        strokeDash: { field: 'sigma', type: 'ordinal', title: 'prior', scale: { domain: ['1σ', '2σ'], range: [[1, 0], [4, 3]] } },
      },
    });
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: o.title ?? `Codes (${o.split})`,
    width: 360,
    height: 360,
    layer: layers,
  };
}

/** Closed polylines of each class's 1σ and 2σ ellipse (axis-aligned Gaussian). */
function priorEllipses(means: Float32Array, sd: number | Float32Array, classes: string[]) {
  const rows: { x: number; y: number; class: string; ring: string; sigma: string; step: number }[] = [];
  classes.forEach((name, c) => {
    const sx = typeof sd === 'number' ? sd : sd[2 * c]!;
    const sy = typeof sd === 'number' ? sd : sd[2 * c + 1]!;
    for (const k of [1, 2]) {
      for (let step = 0; step <= SEGMENTS; step++) {
        const angle = (2 * Math.PI * step) / SEGMENTS;
        const x = means[2 * c]! + k * sx * Math.cos(angle);
        const y = means[2 * c + 1]! + k * sy * Math.sin(angle);
        rows.push({ x, y, class: name, ring: `${name} ${k}σ`, sigma: `${k}σ`, step });
      }
    }
  });
  return rows;
}
