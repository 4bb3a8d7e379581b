import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runQuickProfile } from '@emocode/cli/testing';
import { afterAll, describe, expect, it } from 'vitest';

const experiment = fileURLToPath(new URL('..', import.meta.url));
let run: Awaited<ReturnType<typeof runQuickProfile>> | undefined;
afterAll(() => run?.cleanup());

describe('experiments/augment, quick profile on the reference IS10 features', () => {
  it('fills the rows of Table 2 for both recipes, with chance level and paired tests against real-only', async () => {
    const r = (run = await runQuickProfile(experiment));
    expect(r.err).not.toMatch(/EMOCODE_[A-Z_]+:/);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.out);
    const names = ['synthetic-only', 'real+synthetic'].flatMap((use) =>
      ['AAE (paper)', 'AAE (ours)'].map((label) => `${label} ${use} n=50`),
    );
    expect(summary.systems.map((s: { name: string }) => s.name).sort()).toEqual(['real-only', ...names].sort());
    expect(summary.chanceUar).toBe(0.25);
    const row = (name: string) => summary.systems.find((s: { name: string }) => s.name === name);
    expect(row('real-only').uar.mean).toBeGreaterThan(0.5);
    // Real rows dominate real+synthetic: even after 2 epochs the SVM stays far above chance.
    expect(row('AAE (ours) real+synthetic n=50').uar.mean).toBeGreaterThan(0.5);
    // A probability: a NaN or a value outside (0, 1] means the paired test went wrong.
    const { p } = row('AAE (ours) synthetic-only n=50').vsBaseline.tTest;
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThanOrEqual(1);
    expect(existsSync(join(r.dir, 'table.md'))).toBe(true);
  });
});
