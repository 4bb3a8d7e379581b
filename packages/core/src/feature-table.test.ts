import { describe, expect, it } from 'vitest';
import { concatRows, createFeatureTable, featureRow, metaStrings, selectRows } from './feature-table.js';

const small = () =>
  createFeatureTable({
    names: ['f0', 'f1'],
    data: Float32Array.from([1, 2, 3, 4, 5, 6]),
    meta: { name: ['a', 'b', 'c'], label: ['x', 'y', 'x'] },
  });

describe('createFeatureTable', () => {
  it('rejects data of the wrong length, naming the expected shape', () => {
    expect(() => createFeatureTable({ names: ['f0', 'f1'], data: new Float32Array(5), meta: { name: ['a', 'b', 'c'] } })).toThrow(
      /3 x 2 = 6 values, got 5/,
    );
  });

  it('rejects duplicate instance names', () => {
    expect(() => createFeatureTable({ names: ['f'], data: new Float32Array(2), meta: { name: ['a', 'a'] } })).toThrow(/"a" twice/);
  });

  it('selects and concatenates rows with their metadata', () => {
    const t = small();
    const picked = selectRows(t, [2, 0]);
    expect(Array.from(featureRow(picked, 0))).toEqual([5, 6]);
    expect(metaStrings(picked, 'name')).toEqual(['c', 'a']);
    const renamed = createFeatureTable({ names: t.names, data: t.data, meta: { name: ['d', 'e', 'f'] } });
    const both = concatRows(t, renamed);
    expect(both.rows).toBe(6);
    expect(metaStrings(both, 'label')).toEqual(['x', 'y', 'x', 'undefined', 'undefined', 'undefined']);
  });

  it('names the missing column', () => {
    expect(() => metaStrings(small(), 'speaker')).toThrow(/no column "speaker"; it has name, label/);
  });
});
