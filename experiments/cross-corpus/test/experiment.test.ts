import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runQuickProfile } from '@emocode/cli/testing';
import { afterAll, describe, expect, it } from 'vitest';

const experiment = fileURLToPath(new URL('..', import.meta.url));
const shared = fileURLToPath(new URL('../../../../shared/corpora/', import.meta.url));
let run: Awaited<ReturnType<typeof runQuickProfile>> | undefined;
afterAll(() => run?.cleanup());

describe.skipIf(!existsSync(join(shared, 'emodb-16k')) || !existsSync(join(shared, 'ravdess-speech-16k')))(
  'experiments/cross-corpus, quick profile',
  () => {
    it('trains on each corpus and tests on the other: both directions, every row, far above chance for raw features', async () => {
      const r = (run = await runQuickProfile(experiment));
      expect(r.err).not.toMatch(/EMOCODE_[A-Z_]+:/);
      expect(r.code).toBe(0);
      const summary = JSON.parse(r.out);
      expect(summary.systems.map((s: { name: string }) => s.name)).toEqual([
        'raw 1582',
        'AAE (ours) d=2',
        'AAE (ours) seed ensemble d=2',
        'PCA d=2',
        'LDA d=2',
        'augment AAE (ours) real+synthetic n=50',
      ]);
      // 672 RAVDESS rows + 339 EmoDB rows of the 4 classes, stacked; fold 0 trains on RAVDESS.
      expect([summary.folds, summary.data.rows, summary.data.dims, summary.data.foldNames]).toEqual([
        2,
        672 + 339,
        1582,
        'ravdess→emodb, emodb→ravdess',
      ]);
      const raw = summary.systems[0];
      expect(raw.uar.values).toHaveLength(2);
      // Chance is 25 %; a corpus-normalised SVM carries well above it across languages.
      expect(Math.min(...raw.uar.values)).toBeGreaterThan(0.35);
      for (const f of ['summary.json', 'table.md']) expect(existsSync(join(r.dir, f)), f).toBe(true);
    });
  },
);
