import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runQuickProfile } from '@emocode/cli/testing';
import { afterAll, describe, expect, it } from 'vitest';

const experiment = fileURLToPath(new URL('..', import.meta.url));
let run: Awaited<ReturnType<typeof runQuickProfile>> | undefined;
afterAll(() => run?.cleanup());

describe('experiments/compression, quick profile on the reference IS10 features', () => {
  it('fills every row of Table 1 with folds, paired tests and plots; raw and LDA far above chance', async () => {
    const r = (run = await runQuickProfile(experiment));
    expect(r.err).not.toMatch(/EMOCODE_[A-Z_]+:/);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.out);
    expect(summary.systems.map((s: { name: string }) => s.name)).toEqual([
      'raw 1582',
      'AAE (paper) d=2',
      'AAE (ours) d=2',
      'AAE (ours) seed ensemble d=2',
      'AE d=2',
      'PCA d=2',
      'LDA d=2',
    ]);
    expect([summary.folds, summary.data.rows, summary.data.dims]).toEqual([2, 672, 1582]);
    const [raw, ...others] = summary.systems;
    // 4 classes: chance is 25 %; the 6-fold study puts raw features near 66 % and LDA 2-D near 55 %.
    expect(raw.uar.mean).toBeGreaterThan(0.5);
    expect(summary.systems.find((s: { name: string }) => s.name === 'LDA d=2').uar.mean).toBeGreaterThan(0.4);
    for (const s of others) {
      expect(s.uar.values).toHaveLength(2);
      expect(s.vsBaseline.signTest.wins + s.vsBaseline.signTest.losses + s.vsBaseline.signTest.ties).toBe(2);
    }
    for (const f of ['summary.json', 'table.md', 'uar-vs-code-size.png', 'codes-AAE-ours-d-2-fold0.png'])
      expect(existsSync(join(r.dir, f)), f).toBe(true);
  });
});
