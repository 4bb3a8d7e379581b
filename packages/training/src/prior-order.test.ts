import { createRng } from '@emocode/core';
import { describe, expect, it } from 'vitest';
import { ldaCircleOrder } from './prior-order.js';
import { trainAae } from './train-aae.js';
import type { TrainedAae } from './trained-codec.js';
import type { TrainAaeOptions } from './train-options.js';

/** Four classes around a circle in the first two of `dims` features, at the given angles (degrees). */
function ring(anglesDeg: number[], perClass: number, dims: number, seed: number) {
  const rng = createRng(seed);
  const rows = perClass * anglesDeg.length;
  const data = new Float32Array(rows * dims);
  const labels = Int32Array.from({ length: rows }, (_, r) => r % anglesDeg.length);
  for (let r = 0; r < rows; r++) {
    const a = (anglesDeg[labels[r]] * Math.PI) / 180;
    for (let j = 0; j < dims; j++) data[r * dims + j] = 0.4 * rng.normal() + (j === 0 ? 3 * Math.cos(a) : j === 1 ? 3 * Math.sin(a) : 0);
  }
  return { data, labels, rows };
}

const opposite = (order: number[], a: number, b: number) => Math.abs(order[a] - order[b]) === 2;
const orderOf = ({ prior }: TrainedAae) => (prior.options.kind === 'class-gaussian-mixture' ? prior.options.order : undefined);
const allRows = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('ldaCircleOrder', () => {
  it('gives opposite slots to classes the data puts opposite each other', () => {
    // Classes 0 and 1 face each other, as do 2 and 3: label order would make 0 and 2 opposite.
    const { data, labels, rows } = ring([0, 180, 90, 270], 40, 6, 1);
    const order = ldaCircleOrder(data, 6, labels, allRows(rows), 4);
    expect([...order].sort()).toEqual([0, 1, 2, 3]);
    expect(opposite(order, 0, 1) && opposite(order, 2, 3)).toBe(true);
  });

  it('reads only labelled training rows and keeps label order below four classes', () => {
    const { data, labels, rows } = ring([0, 180, 90, 270], 40, 6, 2);
    const unlabelled = labels.map((l, r) => (r < 8 ? -1 : l));
    expect(opposite(ldaCircleOrder(data, 6, unlabelled, allRows(rows), 4), 0, 1)).toBe(true);
    const three = ring([0, 120, 240], 30, 5, 3);
    expect(ldaCircleOrder(three.data, 5, three.labels, allRows(three.rows), 3)).toEqual([0, 1, 2]);
  });
});

describe("trainAae with priorOrder: 'lda'", () => {
  const { data, labels } = ring([0, 180, 90, 270], 20, 8, 4);
  const options: TrainAaeOptions = {
    epochs: 1,
    batchSize: 40,
    model: { codeSize: 2, hidden: [8], discriminatorHidden: [8] },
    prior: { kind: 'class-gaussian-mixture', radius: 3 },
  };

  it('moves the 2-D components into the data order and records it in the manifest', async () => {
    const aae = await trainAae(data, 8, labels, { ...options, priorOrder: 'lda' });
    const order = orderOf(aae) as number[];
    expect(opposite(order, 0, 1) && opposite(order, 2, 3)).toBe(true);
    const m = aae.prior.means;
    expect(Math.hypot(m[0] + m[2], m[1] + m[3])).toBeCloseTo(0, 5); // class 0 and 1 means are antipodal
    aae.dispose();
  });

  it('leaves a simplex prior (no circle) and the default alone', async () => {
    const simplex = await trainAae(data, 8, labels, {
      ...options,
      model: { codeSize: 3, hidden: [8], discriminatorHidden: [8] },
      priorOrder: 'lda',
    });
    const plain = await trainAae(data, 8, labels, options);
    expect(orderOf(simplex)).toBeUndefined();
    expect(orderOf(plain)).toBeUndefined();
    simplex.dispose();
    plain.dispose();
  });
});
