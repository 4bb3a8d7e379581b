import { describe, expect, it } from 'vitest';
import { rowsByClass } from './rows-by-class.js';

describe('rowsByClass', () => {
  it('lists the rows of each label in row order, labels in order of first appearance', () => {
    expect([...rowsByClass(Int32Array.of(2, 0, 2, 1, 0))]).toEqual([
      [2, [0, 2]],
      [0, [1, 4]],
      [1, [3]],
    ]);
  });

  it('counts only the given rows, in the order given', () => {
    expect([...rowsByClass(Int32Array.of(2, 0, 2, 1, 0), [4, 2, 0])]).toEqual([
      [0, [4]],
      [2, [2, 0]],
    ]);
    expect(rowsByClass(Int32Array.of(1, 1), []).size).toBe(0);
  });
});
