import { createRng } from '@emocode/core';
import { describe, expect, it } from 'vitest';
import { createPrior } from './create-prior.js';

function columnStats(x: Float32Array, rows: number, d: number, rowFilter: (r: number) => boolean) {
  const mean = new Float64Array(d);
  const sq = new Float64Array(d);
  let n = 0;
  for (let r = 0; r < rows; r++) {
    if (!rowFilter(r)) continue;
    n++;
    for (let j = 0; j < d; j++) {
      mean[j] += x[r * d + j];
      sq[j] += x[r * d + j] ** 2;
    }
  }
  return { mean: [...mean].map((m) => m / n), sd: [...sq].map((s, j) => Math.sqrt(s / n - (mean[j] / n) ** 2)) };
}

describe('createPrior', () => {
  it('puts 2-D components on a circle of the given radius and samples them with the given sd', () => {
    const prior = createPrior({ kind: 'class-gaussian-mixture', codeSize: 2, classes: 4, radius: 3, componentSd: 0.5 });
    expect([...prior.means].map((v) => Math.round(v * 1e6) / 1e6)).toEqual([3, 0, 0, 3, -3, 0, -0, -3]);
    const labels = Int32Array.from({ length: 8000 }, (_, i) => i % 4);
    const codes = prior.sample(labels, createRng(1));
    const { mean, sd } = columnStats(codes, 8000, 2, (r) => labels[r] === 1);
    expect(mean[0]).toBeCloseTo(0, 1);
    expect(mean[1]).toBeCloseTo(3, 1);
    expect(sd[0]).toBeCloseTo(0.5, 1);
    expect(sd[1]).toBeCloseTo(0.5, 1);
  });

  it('uses scaled axes or seeded unit directions when asked', () => {
    const axes = createPrior({ kind: 'class-gaussian-mixture', codeSize: 5, classes: 3, radius: 4, layout: 'axes' });
    expect([...axes.means.subarray(5, 10)]).toEqual([0, 4, 0, 0, 0]);
    const random = createPrior({ kind: 'class-gaussian-mixture', codeSize: 3, classes: 6, radius: 2, seed: 5, layout: 'random' });
    const again = createPrior({ kind: 'class-gaussian-mixture', codeSize: 3, classes: 6, radius: 2, seed: 5, layout: 'random' });
    expect(random.means).toEqual(again.means);
    for (let c = 0; c < 6; c++) expect(Math.hypot(...random.means.subarray(c * 3, c * 3 + 3))).toBeCloseTo(2, 5);
  });

  it('is the standard normal for kind standard-normal, whatever the labels', () => {
    const prior = createPrior({ kind: 'standard-normal', codeSize: 3, classes: 4 });
    const codes = prior.sample(new Int32Array(6000).fill(2), createRng(2));
    const { mean, sd } = columnStats(codes, 6000, 3, () => true);
    mean.forEach((m) => expect(m).toBeCloseTo(0, 1));
    sd.forEach((s) => expect(s).toBeCloseTo(1, 1));
    expect(prior.logDensity(new Float32Array(3))[0]).toBeCloseTo(-1.5 * Math.log(2 * Math.PI), 5);
  });

  it('samples unlabelled rows (-1) from the whole mixture only when semi-supervised', () => {
    const opts = { kind: 'class-gaussian-mixture', codeSize: 2, classes: 4 } as const;
    expect(() => createPrior(opts).sample(Int32Array.of(-1), createRng(1))).toThrow(/semiSupervised/);
    const semi = createPrior({ ...opts, semiSupervised: true });
    const codes = semi.sample(new Int32Array(4000).fill(-1), createRng(3));
    const near = new Int32Array(4);
    for (let r = 0; r < 4000; r++) {
      const angle = Math.atan2(codes[2 * r + 1], codes[2 * r]);
      near[((Math.round(angle / (Math.PI / 2)) % 4) + 4) % 4]++;
    }
    for (const count of near) expect(count).toBeGreaterThan(850);
  });

  it('gives component and mixture log densities', () => {
    const prior = createPrior({ kind: 'class-gaussian-mixture', codeSize: 2, classes: 4, radius: 5, componentSd: 1 });
    const atMean = Float32Array.of(5, 0);
    const component = prior.logDensity(atMean, Int32Array.of(0))[0];
    expect(component).toBeCloseTo(-Math.log(2 * Math.PI), 5);
    // Other components are >= 7 sd away, so the mixture is the component density / 4.
    expect(prior.logDensity(atMean)[0]).toBeCloseTo(component - Math.log(4), 4);
  });

  it('rejects labels out of range and bad options', () => {
    const prior = createPrior({ kind: 'class-gaussian-mixture', codeSize: 2, classes: 4 });
    expect(() => prior.sample(Int32Array.of(4), createRng(1))).toThrow(/labels must be in 0..3, got 4/);
    expect(() => createPrior({ kind: 'class-gaussian-mixture', codeSize: 0, classes: 4 })).toThrow(/codeSize/);
    expect(() => prior.logDensity(new Float32Array(3))).toThrow(/2 columns/);
  });
});

describe('prior mean layouts', () => {
  it('places a regular simplex (auto when codeSize >= classes - 1): all pairs equally far apart, all at the radius', () => {
    const prior = createPrior({ kind: 'class-gaussian-mixture', codeSize: 3, classes: 4, radius: 2 });
    const m = prior.means;
    const dist = (a: number, b: number) => Math.hypot(...[0, 1, 2].map((j) => m[a * 3 + j] - m[b * 3 + j]));
    for (let c = 0; c < 4; c++) expect(Math.hypot(m[c * 3], m[c * 3 + 1], m[c * 3 + 2])).toBeCloseTo(2, 5);
    for (const [a, b] of [
      [0, 1],
      [0, 3],
      [1, 2],
      [2, 3],
    ])
      expect(dist(a, b)).toBeCloseTo(dist(0, 2), 5);
  });

  it('falls back to a circle in the first two dims when the code is too small for a simplex', () => {
    const prior = createPrior({ kind: 'class-gaussian-mixture', codeSize: 3, classes: 6, radius: 1 });
    expect([...prior.means.subarray(0, 3)]).toEqual([1, 0, 0]);
  });

  it('puts class c in slot order[c] and rejects an order that is not a permutation of the slots', () => {
    const prior = createPrior({ kind: 'class-gaussian-mixture', codeSize: 2, classes: 4, radius: 1, order: [0, 2, 1, 3] });
    expect([...prior.means].map((v) => Math.round(v * 1e6) / 1e6 + 0)).toEqual([1, 0, -1, 0, 0, 1, 0, -1]);
    expect(() => createPrior({ kind: 'class-gaussian-mixture', codeSize: 2, classes: 4, order: [0, 1, 1, 3] })).toThrow(/order/);
    expect(() => createPrior({ kind: 'class-gaussian-mixture', codeSize: 2, classes: 4, order: [0, 1, 2] })).toThrow(/order/);
  });
  it('rejects layouts that do not fit the shape', () => {
    expect(() => createPrior({ kind: 'class-gaussian-mixture', codeSize: 2, classes: 4, layout: 'simplex' })).toThrow(/layout/);
    expect(() => createPrior({ kind: 'class-gaussian-mixture', codeSize: 3, classes: 4, layout: 'axes' })).toThrow(/layout/);
    const circle = createPrior({ kind: 'class-gaussian-mixture', codeSize: 5, classes: 4, layout: 'circle', radius: 1 });
    expect([...circle.means.subarray(5, 10)].map((v) => Math.round(v * 1e6) / 1e6)).toEqual([0, 1, 0, 0, 0]);
  });
});
