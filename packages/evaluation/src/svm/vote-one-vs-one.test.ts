import { describe, expect, it } from 'vitest';
import { voteOneVsOne } from './vote-one-vs-one.js';

const pairs = [
  { first: 0, second: 1 },
  { first: 0, second: 2 },
  { first: 1, second: 2 },
];

describe('voteOneVsOne', () => {
  it('counts one vote per pair and maps class indices to labels', () => {
    // row 0: 0 beats 1 and 2 → class 0; row 1: 1 beats 0, 2 beats 0, 2 beats 1 → class 2
    const decision = Float64Array.from([1, 0.5, -3, -1, -2, -0.1]);
    expect([...voteOneVsOne(decision, pairs, Int32Array.from([7, 8, 9]))]).toEqual([7, 9]);
  });

  it('gives a three-way tie to the lowest class index, as libsvm does', () => {
    // 0 beats 1, 2 beats 0, 1 beats 2: one vote each
    expect([...voteOneVsOne(Float64Array.from([1, -1, 1]), pairs, Int32Array.from([0, 1, 2]))]).toEqual([0]);
  });

  it('refuses decision values that do not fill whole rows', () => {
    expect(() => voteOneVsOne(new Float64Array(4), pairs, Int32Array.from([0, 1, 2]))).toThrow(/multiple of the pair count/);
  });
});
