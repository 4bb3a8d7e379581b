import { describe, expect, it } from 'vitest';
import { groupKFold } from './group-k-fold.js';
import { innerFolds } from './inner-folds.js';
import { leaveOneGroupOut } from './leave-one-group-out.js';
import { makeFolds } from './fold-scheme.js';
import type { Fold } from './fold.js';

/** 24 actors x 60 rows, interleaved like a shuffled manifest. */
const actors = Array.from({ length: 1440 }, (_, i) => `Actor_${String((i % 24) + 1).padStart(2, '0')}`);

function expectPartition(folds: Fold[], groups: readonly string[], rows?: ArrayLike<number>): void {
  const all = rows ? Array.from(rows) : groups.map((_, i) => i);
  const tested = folds.flatMap((f) => Array.from(f.test)).sort((a, b) => a - b);
  expect(tested).toEqual(all);
  for (const f of folds) {
    const trainGroups = new Set(Array.from(f.train, (i) => groups[i]));
    for (const i of f.test) expect(trainGroups.has(groups[i] as string)).toBe(false);
    expect(f.train.length + f.test.length).toBe(all.length);
  }
}

describe('leaveOneGroupOut', () => {
  it('holds out each group once, in sorted group order', () => {
    const folds = leaveOneGroupOut(['b', 'a', 'b', 'c']);
    expect(folds.map((f) => f.testGroups)).toEqual([['a'], ['b'], ['c']]);
    expect(Array.from(folds[1]!.test)).toEqual([0, 2]);
    expect(Array.from(folds[1]!.train)).toEqual([1, 3]);
  });

  it('rejects a single group', () => {
    expect(() => leaveOneGroupOut(['a', 'a'])).toThrow(/at least 2 distinct values, got 1/);
  });
});

describe('groupKFold', () => {
  it('splits 24 RAVDESS actors into 6 folds of 4 whole actors', () => {
    const folds = groupKFold(actors, 6, 1);
    expect(folds).toHaveLength(6);
    for (const f of folds) {
      expect(f.testGroups).toHaveLength(4);
      expect(f.test.length).toBe(240);
    }
    expectPartition(folds, actors);
  });

  it('is deterministic in the seed and changes with it', () => {
    const a = groupKFold(actors, 6, 1).map((f) => f.testGroups);
    expect(groupKFold(actors, 6, 1).map((f) => f.testGroups)).toEqual(a);
    expect(groupKFold(actors, 6, 2).map((f) => f.testGroups)).not.toEqual(a);
  });

  it('balances unequal groups by rows', () => {
    const groups = [...Array(50).fill('big'), ...Array(30).fill('m1'), ...Array(20).fill('m2'), ...Array(10).fill('s')];
    const sizes = groupKFold(groups, 2, 3)
      .map((f) => f.test.length)
      .sort((a, b) => a - b);
    expect(sizes).toEqual([50, 60]);
  });

  it('rejects k larger than the number of groups', () => {
    expect(() => groupKFold(['a', 'b', 'c'], 4, 1)).toThrow(/k must be <= the number of groups \(3\), got 4/);
    expect(() => groupKFold(['a', 'b'], 1, 1)).toThrow(/k must be an integer >= 2/);
  });
});

describe('innerFolds', () => {
  it('splits only the outer training rows, with full-table indices', () => {
    const outer = groupKFold(actors, 6, 1)[0]!;
    const inner = innerFolds(outer, actors, 5, 7);
    expect(inner).toHaveLength(5);
    expectPartition(inner, actors, outer.train);
    const outerTest = new Set(outer.test);
    for (const f of inner) for (const i of [...f.train, ...f.test]) expect(outerTest.has(i)).toBe(false);
  });
});

describe('makeFolds', () => {
  it('dispatches on the scheme kind and validates it', () => {
    expect(makeFolds(actors, { kind: 'leave-one-group-out' }, 0)).toHaveLength(24);
    expect(makeFolds(actors, { kind: 'group-k-fold', k: 6 }, 0)).toHaveLength(6);
    expect(() => makeFolds(actors, { kind: 'group-k-fold', k: 1 }, 0)).toThrow(/makeFolds: invalid options: k/);
  });
});
