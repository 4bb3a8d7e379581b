import { createRng } from '@emocode/core';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { mixWithinClass } from './batches.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('mixWithinClass', () => {
  // One feature: class 0 rows at 0 and 10, class 1 rows at 100 and 110.
  const data = Float32Array.of(0, 10, 100, 110);
  const labels = Int32Array.of(0, 0, 1, 1);
  const byClass = new Map([
    [0, [0, 1]],
    [1, [2, 3]],
  ]);

  it('moves each row at most `strength` of the way towards a row of its own class', () => {
    const rows = Array.from({ length: 200 }, (_, i) => i % 4);
    const mixed = mixWithinClass(data, 1, rows, labels, byClass, 0.5, createRng(1)).dataSync();
    rows.forEach((r, i) => {
      const [low, high] = labels[r] === 0 ? [0, 10] : [100, 110];
      expect(mixed[i]).toBeGreaterThanOrEqual(low);
      expect(mixed[i]).toBeLessThanOrEqual(high);
      expect(Math.abs(mixed[i]! - data[r]!)).toBeLessThanOrEqual(5 + 1e-4);
    });
    expect(new Set(Array.from(mixed)).size).toBeGreaterThan(100);
  });

  it('leaves the rows as they are at strength 0', () => {
    expect(Array.from(mixWithinClass(data, 1, [3, 0, 2], labels, byClass, 0, createRng(2)).dataSync())).toEqual([110, 0, 100]);
  });
});
