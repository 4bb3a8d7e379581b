import { describe, expect, it } from 'vitest';
import { expectClose } from '../testing/expect-close.js';
import type { Fold } from '../folds/fold.js';
import { applyStandardizer, fitStandardizer, invertStandardizer } from './standardizer.js';
import { standardizePerGroup } from './standardize-per-group.js';
import { normalizeFold } from './normalize-fold.js';

// 4 rows x 3 columns; column 2 is constant.
const data = Float32Array.from([1, 10, 5, 3, 20, 5, 5, 30, 5, 7, 40, 5]);
const fold: Fold = { index: 0, train: Int32Array.from([0, 1, 2]), test: Int32Array.from([3]), testGroups: ['b'] };

describe('fitStandardizer', () => {
  it('fits population mean/sd over the given rows only and flags constant columns', () => {
    const s = fitStandardizer(data, 3, [0, 1, 2]);
    expectClose(s.mean, [3, 20, 5]);
    expectClose(s.scale, [Math.sqrt(8 / 3), Math.sqrt(200 / 3), 1], { atol: 1e-9 });
    expect(Array.from(s.constantColumns)).toEqual([2]);
  });

  it('names the row and column of a NaN', () => {
    const bad = data.slice();
    bad[4] = Number.NaN;
    expect(() => fitStandardizer(bad, 3, [0, 1])).toThrow(/got NaN at row 1, column 1/);
    expect(() => fitStandardizer(bad, 3, [0, 1])).toThrow(expect.objectContaining({ code: 'EMOCODE_NON_FINITE' }));
  });

  it('rejects an empty row set', () => {
    expect(() => fitStandardizer(data, 3, [])).toThrow(/rows must not be empty/);
  });
});

describe('applyStandardizer / invertStandardizer', () => {
  it('z-scores, maps constant columns to 0 (never NaN) and inverts', () => {
    const s = fitStandardizer(data, 3, [0, 1, 2, 3]);
    const z = applyStandardizer(s, data, 3);
    expectClose(
      [z[0]!, z[3]!, z[6]!, z[9]!],
      [-3, -1, 1, 3].map((v) => v / Math.sqrt(5)),
      { atol: 1e-6 },
    );
    expect([z[2], z[5], z[8], z[11]]).toEqual([0, 0, 0, 0]);
    expectClose(invertStandardizer(s, z, 3), data, { atol: 1e-5 });
  });

  it('rejects data of another width', () => {
    const s = fitStandardizer(data, 3, [0]);
    expect(() => applyStandardizer(s, new Float32Array(4), 2)).toThrow(/must have 3 columns/);
  });
});

describe('standardizePerGroup', () => {
  it('z-scores each group with its own statistics', () => {
    const z = standardizePerGroup(data, 3, ['a', 'b', 'a', 'b']);
    // group a: rows 0 and 2, column 0 = [1, 5] -> [-1, 1]; group b: rows 1, 3, column 1 = [20, 40] -> [-1, 1]
    expectClose([z[0]!, z[6]!, z[4]!, z[10]!], [-1, 1, -1, 1], { atol: 1e-6 });
    expect(z[2]).toBe(0);
  });

  it('maps a one-row group to zeros', () => {
    const z = standardizePerGroup(data, 3, ['a', 'a', 'a', 'solo']);
    expect(Array.from(z.subarray(9))).toEqual([0, 0, 0]);
  });
});

describe('normalizeFold', () => {
  it('fits global statistics on training rows only: test rows cannot leak', () => {
    const a = normalizeFold(data, 3, fold, 'global');
    const changed = data.slice();
    changed.set([1000, -1000, 77], 9);
    const b = normalizeFold(changed, 3, fold, 'global');
    expect(Array.from(b.standardizer!.mean)).toEqual(Array.from(a.standardizer!.mean));
    expect(Array.from(b.train)).toEqual(Array.from(a.train));
    expect(Array.from(b.test)).not.toEqual(Array.from(a.test));
    expectClose(a.test[0]!, (7 - 3) / Math.sqrt(8 / 3), { atol: 1e-5 });
    expect(a.test[2]).toBe(0);
  });

  it('passes rows through for none and requires groups for per-speaker', () => {
    const n = normalizeFold(data, 3, fold, 'none');
    expect(Array.from(n.test)).toEqual([7, 40, 5]);
    expect(n.standardizer).toBeUndefined();
    expect(() => normalizeFold(data, 3, fold, 'per-speaker')).toThrow(/needs groups/);
    const p = normalizeFold(data, 3, fold, 'per-speaker', ['a', 'b', 'a', 'b']);
    expectClose(p.test.subarray(0, 2), [1, 1], { atol: 1e-6 });
  });
});
