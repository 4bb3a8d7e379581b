import { describe, expect, it } from 'vitest';
import { codeScatterSpec } from './code-scatter-spec.js';
import { confusionSpec } from './confusion-spec.js';
import { lossCurveSpec } from './loss-curve-spec.js';
import { uarVsCodeSizeSpec } from './uar-vs-code-size-spec.js';
import { uarVsSyntheticAmountSpec } from './uar-vs-synthetic-amount-spec.js';

const classes = ['neutral', 'happy'];

describe('codeScatterSpec', () => {
  type Layer = {
    data: { values: Record<string, number | string>[] };
    encoding?: Record<string, unknown>;
    layer?: { encoding?: Record<string, unknown> }[];
  };
  type Scatter = { title: string; layer: Layer[] };
  const base = { codes: Float32Array.of(0, 1, 2, 3, -1, 0.5), dims: 2 as const, labels: Int32Array.of(0, 1, 1), classes };
  const spec = codeScatterSpec({ ...base, split: 'test', priorMeans: Float32Array.of(-2, 0, 2, 0), priorSd: 0.5 }) as Scatter;

  it('plots one point per code, labelled by class name and split', () => {
    expect(spec.title).toBe('Codes (test)');
    expect(spec.layer[0]!.data.values).toEqual([
      { x: 0, y: 1, class: 'neutral', split: 'test' },
      { x: 2, y: 3, class: 'happy', split: 'test' },
      { x: -1, y: 0.5, class: 'happy', split: 'test' },
    ]);
    expect(spec.layer[0]!.encoding).not.toHaveProperty('shape');
  });

  it('draws 1σ and 2σ prior rings around each class mean, and the means', () => {
    const ring = spec.layer[1]!.data.values.filter((v) => v.ring === 'happy 2σ');
    expect(ring).toHaveLength(65);
    for (const v of ring) expect(Math.hypot((v.x as number) - 2, v.y as number)).toBeCloseTo(1, 6);
    expect(spec.layer[1]!.layer![1]!.encoding).toHaveProperty('strokeDash');
    expect(spec.layer[2]!.data.values).toEqual([
      { x: -2, y: 0, class: 'neutral' },
      { x: 2, y: 0, class: 'happy' },
    ]);
  });

  it('gives both axes the same span around points and rings', () => {
    const enc = spec.layer[0]!.encoding as Record<'x' | 'y', { scale: { domain: [number, number] } }>;
    const [x, y] = [enc.x.scale.domain, enc.y.scale.domain];
    // x reaches -3..3 (rings), y -1..3 (points and rings): both get 6 × 1.05.
    expect(x[1] - x[0]).toBeCloseTo(6.3, 6);
    expect(y[1] - y[0]).toBeCloseTo(6.3, 6);
    expect((y[0] + y[1]) / 2).toBeCloseTo(1, 6);
  });

  it('tells train and test rows apart when given one split per row', () => {
    const both = codeScatterSpec({ ...base, split: ['train', 'train', 'test'] }) as Scatter;
    expect(both.title).toBe('Codes (train + test)');
    expect(both.layer).toHaveLength(1);
    expect(both.layer[0]!.data.values.map((v) => v.split)).toEqual(['train', 'train', 'test']);
    expect(both.layer[0]!.encoding).toHaveProperty('shape.field', 'split');
    expect(() => codeScatterSpec({ ...base, split: ['train', 'test'] })).toThrow(/split: must be one split or one per label/);
  });

  it('rejects codes of the wrong length and a mean without sd', () => {
    const bad = { ...base, codes: Float32Array.of(0, 1, 2), labels: Int32Array.of(0, 1), split: 'train' as const };
    expect(() => codeScatterSpec(bad)).toThrow(/codes: must hold 2 values per label/);
    expect(() => codeScatterSpec({ ...bad, codes: Float32Array.of(0, 1, 2, 3), priorMeans: Float32Array.of(0, 0, 1, 1) })).toThrow(
      /priorSd/,
    );
  });
});

describe('confusionSpec', () => {
  it('turns counts into cells with row shares', () => {
    const spec = confusionSpec(Int32Array.of(3, 1, 0, 2), classes) as { data: { values: unknown[] } };
    expect(spec.data.values).toEqual([
      { truth: 'neutral', predicted: 'neutral', count: 3, share: 0.75 },
      { truth: 'neutral', predicted: 'happy', count: 1, share: 0.25 },
      { truth: 'happy', predicted: 'neutral', count: 0, share: 0 },
      { truth: 'happy', predicted: 'happy', count: 2, share: 1 },
    ]);
    expect(() => confusionSpec(Int32Array.of(1, 2, 3), classes)).toThrow(/classes.length² = 4 counts, got 3/);
  });
});

describe('uarVsCodeSizeSpec, uarVsSyntheticAmountSpec and lossCurveSpec', () => {
  it('adds ±sd bounds and validates rows', () => {
    const spec = uarVsCodeSizeSpec([{ method: 'aae', codeSize: 2, uar: 0.5, sd: 0.1 }]) as { data: { values: unknown[] } };
    expect(spec.data.values).toEqual([{ method: 'aae', codeSize: 2, uar: 0.5, sd: 0.1, low: 0.4, high: 0.6 }]);
    expect(() => uarVsCodeSizeSpec([{ method: 'aae', codeSize: 0, uar: 0.5, sd: 0.1 }])).toThrow(/0\.codeSize/);
    const withRaw = uarVsCodeSizeSpec([{ method: 'aae', codeSize: 2, uar: 0.5, sd: 0.1 }], [{ label: 'raw 1582', uar: 0.58 }]) as {
      layer: { mark: { type: string }; data?: { values: unknown[] } }[];
    };
    expect(withRaw.layer.map((l) => l.mark.type)).toEqual(['line', 'errorbar', 'rule', 'text']);
    expect(withRaw.layer[2]!.data?.values).toEqual([{ label: 'raw 1582', uar: 0.58 }]);
    expect(() => uarVsCodeSizeSpec([{ method: 'aae', codeSize: 2, uar: 0.5, sd: 0.1 }], [{ label: '', uar: 2 }])).toThrow(
      /uarVsCodeSizeSpec/,
    );
  });

  it('draws UAR against synthetic amount: dashed by training rows, with labelled reference rules', () => {
    const row = { system: 'AAE', use: 'synthetic-only', perClass: 50, uar: 0.6, sd: 0.05 } as const;
    const spec = uarVsSyntheticAmountSpec({
      rows: [row, { ...row, use: 'real+synthetic', uar: 0.7 }],
      references: [{ label: 'chance', uar: 0.25 }],
    }) as {
      data: { values: { low: number }[] };
      layer: { mark: { type: string }; encoding: { strokeDash?: { field: string } }; data?: { values: unknown[] } }[];
    };
    expect(spec.data.values.map((v) => Math.round(v.low * 100) / 100)).toEqual([0.55, 0.65]);
    expect(spec.layer.map((l) => l.mark.type)).toEqual(['line', 'errorbar', 'rule', 'text']);
    expect(spec.layer[0]!.encoding.strokeDash?.field).toBe('use');
    expect(spec.layer[2]!.data?.values).toEqual([{ label: 'chance', uar: 0.25 }]);
    expect((uarVsSyntheticAmountSpec({ rows: [row] }) as { layer: unknown[] }).layer).toHaveLength(2);
    expect(() => uarVsSyntheticAmountSpec({ rows: [{ ...row, use: 'real' as 'synthetic-only' }] })).toThrow(/rows\.0\.use/);
  });

  it('splits losses into a reconstruction and an adversarial panel', () => {
    const spec = lossCurveSpec([
      { epoch: 0, rec: 1, disc: 0.7, gen: 0.69 },
      { epoch: 1, rec: 0.8, disc: 0.6, gen: 0.8, valRec: 0.9 },
    ]) as {
      data: { values: { panel: string; loss: string }[] };
      vconcat: unknown[];
    };
    expect(spec.vconcat).toHaveLength(2);
    expect(spec.data.values.filter((v) => v.panel === 'reconstruction').map((v) => v.loss)).toEqual(['rec', 'rec', 'valRec']);
    expect(() => lossCurveSpec([])).toThrow(/lossCurveSpec: invalid options/);
  });

  it('lists valRec in the legend only when a row has it', () => {
    type Loss = { vconcat: { encoding: { color: { scale: { domain: string[] } } } }[] };
    const domain = (rows: Parameters<typeof lossCurveSpec>[0]) => (lossCurveSpec(rows) as Loss).vconcat[0]!.encoding.color.scale.domain;
    expect(domain([{ epoch: 0, rec: 1, disc: 0.7, gen: 0.69 }])).toEqual(['rec', 'disc', 'gen']);
    expect(domain([{ epoch: 0, rec: 1, disc: 0.7, gen: 0.69, valRec: 1.1 }])).toEqual(['rec', 'valRec', 'disc', 'gen']);
  });
});
