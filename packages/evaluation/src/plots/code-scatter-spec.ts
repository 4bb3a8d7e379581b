import { parseOptions } from '@emocode/core';
import type { TopLevelSpec } from 'vega-lite';
import { codeScatterOptions, type CodeScatterOptions } from './code-scatter-options.js';

const SEGMENTS = 64;
type Layer = NonNullable<Extract<TopLevelSpec, { layer: unknown }>['layer']>[number];
type Xy = { x: number; y: number };

/**
 * Vega-Lite scatter of 2-D codes coloured by class, with the class prior's 1σ/2σ ellipses and
 * component means drawn over the points. Colours follow the order of `classes`, so train and
 * test plots of one run match; with one split per row, train and test differ in shape and
 * opacity. Both axes span the same range, so an isotropic component looks round.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS for inconsistent shapes (see {@link codeScatterOptions}).
 * @example renderPng(codeScatterSpec({ codes, dims: 2, labels, classes, split: 'test', priorMeans, priorSd: 1 }))
 */
export function codeScatterSpec(options: CodeScatterOptions): TopLevelSpec {
  const o = parseOptions(codeScatterOptions, options, 'codeScatterSpec');
  const splitOf = (i: number) => (typeof o.split === 'string' ? o.split : o.split[i]!);
  const points = Array.from(o.labels, (label, i) => ({
    x: o.codes[2 * i]!,
    y: o.codes[2 * i + 1]!,
    class: o.classes[label]!,
    split: splitOf(i),
  }));
  const splits = [...new Set(points.map((p) => p.split))];
  const color = { field: 'class', type: 'nominal', title: 'class', scale: { domain: o.classes } } as const;
  const rings = o.priorMeans && o.priorSd !== undefined ? priorEllipses(o.priorMeans, o.priorSd, o.classes) : [];
  const [xDomain, yDomain] = squareDomains([...points, ...rings]);
  const x = { field: 'x', type: 'quantitative', title: 'code 1', scale: { domain: xDomain, nice: false } } as const;
  const y = { field: 'y', type: 'quantitative', title: 'code 2', scale: { domain: yDomain, nice: false } } as const;
  // Vega-Lite warns about opacity from a nominal field and shape from an ordinal one.
  const bySplit = (type: 'nominal' | 'ordinal', range: (string | number)[]) =>
    ({ field: 'split', type, title: 'split', scale: { domain: ['train', 'test'], range } }) as const;
  const layers: Layer[] = [
    {
      data: { values: points },
      mark: { type: 'point', filled: true, size: 18, opacity: 0.6 },
      encoding: {
        x,
        y,
        color,
        ...(splits.length > 1 ? { shape: bySplit('nominal', ['circle', 'triangle-up']), opacity: bySplit('ordinal', [0.3, 0.9]) } : {}),
      },
    },
  ];
  if (o.priorMeans) layers.push(priorRings(rings, color), priorCentres(o.priorMeans, o.classes, color));
  const what = splits.length > 1 ? 'train + test' : splits[0]!;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: o.title ?? `Codes (${what})`,
    width: 360,
    height: 360,
    layer: layers,
  };
}

/** The ellipses, each drawn over a white halo so it stays visible on dense points. */
function priorRings(rings: ReturnType<typeof priorEllipses>, color: object): Layer {
  return {
    data: { values: rings },
    encoding: {
      x: { field: 'x', type: 'quantitative' },
      y: { field: 'y', type: 'quantitative' },
      detail: { field: 'ring', type: 'nominal' },
      order: { field: 'step', type: 'quantitative' },
    },
    layer: [
      { mark: { type: 'line', stroke: 'white', strokeWidth: 4, opacity: 0.8 } },
      {
        mark: { type: 'line', strokeWidth: 2 },
        encoding: {
          color,
          strokeDash: {
            field: 'sigma',
            type: 'ordinal',
            title: 'prior',
            scale: {
              domain: ['1σ', '2σ'],
              range: [
                [1, 0],
                [5, 3],
              ],
            },
          },
        },
      },
    ],
  } as Layer;
}

/** One outlined diamond per component mean, in its class colour. */
function priorCentres(means: Float32Array, classes: string[], color: object): Layer {
  return {
    data: { values: classes.map((name, c) => ({ x: means[2 * c]!, y: means[2 * c + 1]!, class: name })) },
    mark: { type: 'point', shape: 'diamond', filled: true, size: 110, opacity: 1, stroke: 'black', strokeWidth: 1 },
    encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' }, color },
  } as Layer;
}

/** Equal-length x and y ranges around everything drawn, so one code unit is as long on both axes. */
function squareDomains(values: Xy[]): [[number, number], [number, number]] {
  const range = (key: 'x' | 'y'): [number, number] =>
    values.reduce(([lo, hi], v) => [Math.min(lo, v[key]), Math.max(hi, v[key])], [Infinity, -Infinity]);
  const [xs, ys] = [range('x'), range('y')];
  const half = (Math.max(xs[1] - xs[0], ys[1] - ys[0], 1e-6) / 2) * 1.05;
  const around = ([lo, hi]: [number, number]): [number, number] => [(lo + hi) / 2 - half, (lo + hi) / 2 + half];
  return [around(xs), around(ys)];
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
