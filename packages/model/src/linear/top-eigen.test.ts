import { createRng } from '@emocode/core';
import { describe, expect, it } from 'vitest';
import { gram } from './matrix.js';
import { symEigen } from './sym-eigen.js';
import { topEigen } from './top-eigen.js';

describe('topEigen', () => {
  it('matches the full decomposition on the top directions (subspace-iteration path)', () => {
    const rng = createRng(1);
    const n = 120;
    const dims = 200;
    // Decaying spectrum, like real features: column j scaled by 1 / (1 + j / 5).
    const x = Float64Array.from({ length: n * dims }, (_, i) => rng.normal() / (1 + (i % dims) / 5));
    const g = gram(x, n, dims);
    const full = symEigen(g, n);
    const top = topEigen(g, n, 4);
    for (let c = 0; c < 4; c++) {
      expect(top.values[c]).toBeCloseTo(full.values[c] as number, 6);
      let dot = 0;
      for (let i = 0; i < n; i++) dot += (top.vectors[i * 4 + c] as number) * (full.vectors[i * n + c] as number);
      expect(Math.abs(dot)).toBeCloseTo(1, 4);
    }
  });

  it('returns exact eigenpairs of a small diagonal matrix (full path)', () => {
    const m = Float64Array.of(1, 0, 0, 0, 3, 0, 0, 0, 2);
    const { values, vectors } = topEigen(m, 3, 2);
    expect([...values]).toEqual([3, 2]);
    expect(Math.abs(vectors[1 * 2 + 0] as number)).toBeCloseTo(1, 12);
  });
});
