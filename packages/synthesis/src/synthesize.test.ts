import { createRng, fitStandardizer, metaStrings, applyStandardizer } from '@emocode/core';
import { createPrior, type CodeDecoder } from '@emocode/model';
import { trainAae } from '@emocode/training';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { synthesize } from './synthesize.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** A decoder that copies the 2-D code into the first two of 3 features and sets the third to 1. */
const copyDecoder: CodeDecoder = {
  inputDims: 3,
  codeSize: 2,
  decode: (codes, rows) =>
    Float32Array.from({ length: rows * 3 }, (_, i) => (i % 3 === 2 ? 1 : (codes[Math.floor(i / 3) * 2 + (i % 3)] as number))),
};

describe('synthesize', () => {
  const prior = createPrior({ kind: 'class-gaussian-mixture', codeSize: 2, classes: 2, radius: 5, componentSd: 0.1 });

  it('samples each class from its component, names rows and undoes the standardizer', () => {
    const table = synthesize(copyDecoder, prior, {
      perClass: 50,
      classes: ['angry', 'sad'],
      seed: 1,
      standardizer: { mean: [0, 0, 100], scale: [1, 1, 10] },
      featureNames: ['a', 'b', 'c'],
    });
    expect(table.rows).toBe(100);
    expect(table.names).toEqual(['a', 'b', 'c']);
    expect(metaStrings(table, 'name').slice(49, 51)).toEqual(['synthetic-angry-49', 'synthetic-sad-0']);
    expect(metaStrings(table, 'label')[0]).toBe('angry');
    expect(table.meta.array('synthetic')[0]).toBe(true);
    expect(table.data[0]).toBeCloseTo(5, 0); // angry: component at (5, 0)
    expect(table.data[50 * 3 + 0]).toBeCloseTo(-5, 0); // sad: component at (-5, 0)
    expect(table.data[2]).toBeCloseTo(110, 5); // 1 * 10 + 100
  });

  it('takes one amount per class, rows grouped by class in label order', () => {
    const table = synthesize(copyDecoder, prior, { perClass: [3, 0], classes: ['x', 'y'], seed: 2 });
    expect(metaStrings(table, 'name')).toEqual(['synthetic-x-0', 'synthetic-x-1', 'synthetic-x-2']);
    const mixed = synthesize(copyDecoder, prior, { perClass: [1, 2], classes: ['x', 'y'], seed: 2 });
    expect(metaStrings(mixed, 'label')).toEqual(['x', 'y', 'y']);
    expect(mixed.data[3]).toBeCloseTo(-5, 0);
  });

  it('is reproducible from the seed', () => {
    const a = synthesize(copyDecoder, prior, { perClass: 5, classes: ['x', 'y'], seed: 4 });
    const b = synthesize(copyDecoder, prior, { perClass: 5, classes: ['x', 'y'], seed: 4 });
    const c = synthesize(copyDecoder, prior, { perClass: 5, classes: ['x', 'y'], seed: 5 });
    expect(a.data).toEqual(b.data);
    expect(a.data).not.toEqual(c.data);
    expect(a.names[0]).toBe('f0');
  });

  it('rejects class lists, standardizers and names that do not fit', () => {
    expect(() => synthesize(copyDecoder, prior, { perClass: 1, classes: ['x'], seed: 1 })).toThrow(/2 classes/);
    expect(() => synthesize(copyDecoder, prior, { perClass: 1, classes: ['x', 'y'], standardizer: { mean: [0], scale: [1] } })).toThrow(
      /3 columns/,
    );
    expect(() => synthesize(copyDecoder, prior, { perClass: 1, classes: ['x', 'y'], featureNames: ['a'] })).toThrow(/3 names/);
    expect(() => synthesize(copyDecoder, prior, { perClass: 0, classes: ['x', 'y'] })).toThrow(/perClass/);
    expect(() => synthesize(copyDecoder, prior, { perClass: [1, 2, 3], classes: ['x', 'y'] })).toThrow(/one amount per class \(2\), got 3/);
  });

  it('decodes a trained AAE into rows that resemble the real class in feature units', async () => {
    const rng = createRng(3);
    const rows = 200;
    const dims = 6;
    const labels = Int32Array.from({ length: rows }, (_, i) => i % 2);
    const raw = Float32Array.from(
      { length: rows * dims },
      (_, i) => 50 + 10 * (labels[Math.floor(i / dims)] === i % 2 ? 3 : 0) + rng.normal(),
    );
    const all = Array.from({ length: rows }, (_, i) => i);
    const standardizer = fitStandardizer(raw, dims, all);
    const aae = await trainAae(applyStandardizer(standardizer, raw, dims), dims, labels, {
      model: { codeSize: 2, hidden: [16], discriminatorHidden: [16], dropout: 0 },
      prior: { kind: 'class-gaussian-mixture', radius: 2, componentSd: 0.5 },
      learningRates: { reconstruction: 3e-3, discriminator: 3e-3, generator: 1e-2 },
      epochs: 25,
      batchSize: 20,
      seed: 2,
    });
    const table = synthesize(aae, aae.prior, { perClass: 40, classes: ['zero', 'one'], seed: 9, standardizer });
    const meanOf = (c: number, j: number) =>
      table.data.filter((_, i) => i % dims === j && Math.floor(i / dims / 40) === c).reduce((s, v) => s + v, 0) / 40;
    // Class 0 is high (~80) in feature 0 and low (~50) in feature 1; class 1 the reverse.
    expect(meanOf(0, 0)).toBeGreaterThan(70);
    expect(meanOf(0, 1)).toBeLessThan(60);
    expect(meanOf(1, 1)).toBeGreaterThan(70);
    expect(meanOf(1, 0)).toBeLessThan(60);
    aae.dispose();
  });
});

describe('synthesize aroundCodes', () => {
  it('samples near the training codes of each class, not from the prior', () => {
    const prior = createPrior({ kind: 'class-gaussian-mixture', codeSize: 2, classes: 2, radius: 5 });
    const codes = Float32Array.of(100, 0, 101, 0, -100, 1, -100, -1);
    const labels = Int32Array.of(0, 0, 1, 1);
    const table = synthesize(copyDecoder, prior, {
      perClass: 20,
      classes: ['a', 'b'],
      seed: 3,
      aroundCodes: { codes, labels, spread: 0.1 },
    });
    for (let i = 0; i < 20; i++) {
      expect(table.data[i * 3]).toBeGreaterThan(99);
      expect(table.data[(20 + i) * 3]).toBeLessThan(-99);
    }
    expect(() =>
      synthesize(copyDecoder, prior, { perClass: 1, classes: ['a', 'b'], aroundCodes: { codes, labels: Int32Array.of(0, 0, 0, 0) } }),
    ).toThrow(/class 1/);
  });

  it("with the training features, keeps each base row's reconstruction residual", () => {
    const prior = createPrior({ kind: 'class-gaussian-mixture', codeSize: 2, classes: 2, radius: 5 });
    const codes = Float32Array.of(1, 2, -3, -4);
    const labels = Int32Array.of(0, 1);
    // copyDecoder rebuilds (1, 2, 1) and (-3, -4, 1): the residuals are (0, 0, 9) and (0, 0, -1).
    const features = Float32Array.of(1, 2, 10, -3, -4, 0);
    const options = { perClass: 3, classes: ['a', 'b'], seed: 5 };
    const plain = synthesize(copyDecoder, prior, { ...options, aroundCodes: { codes, labels, spread: 0 } });
    const kept = synthesize(copyDecoder, prior, { ...options, aroundCodes: { codes, labels, spread: 0, features } });
    expect(Array.from(plain.data)).toEqual([1, 2, 1, 1, 2, 1, 1, 2, 1, -3, -4, 1, -3, -4, 1, -3, -4, 1]);
    expect(Array.from(kept.data)).toEqual([1, 2, 10, 1, 2, 10, 1, 2, 10, -3, -4, 0, -3, -4, 0, -3, -4, 0]);
    expect(() => synthesize(copyDecoder, prior, { ...options, aroundCodes: { codes, labels, features: Float32Array.of(1, 2) } })).toThrow(
      /2 x 3 values/,
    );
  });
});
