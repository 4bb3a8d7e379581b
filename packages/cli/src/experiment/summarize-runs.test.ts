import { describe, expect, it } from 'vitest';
import { experimentSpec } from '../spec/experiment-options.js';
import { experimentUnits } from './experiment-units.js';
import type { UnitResult } from './fold-data.js';
import { summarizeRuns } from './summarize-runs.js';

const spec = experimentSpec.parse({
  name: 'ensemble',
  classes: ['a', 'b', 'c'],
  folds: { kind: 'group-k-fold', k: 2 },
  seeds: [0, 1, 2],
  baseline: 'raw',
  systems: [
    { method: 'raw', label: 'raw' },
    { method: 'aae', label: 'aae', codeSizes: [2], seedEnsemble: true },
  ],
});
const truth = [0, 1, 2];
const pred = (decisions: number[]) => {
  // The vote each seed's own SVM would cast, pairs (0,1), (0,2), (1,2).
  return [0, 1, 2].map((r) => {
    const [d01, d02, d12] = decisions.slice(r * 3, r * 3 + 3) as [number, number, number];
    const votes = [0, 0, 0];
    votes[d01 > 0 ? 0 : 1]!++;
    votes[d02 > 0 ? 0 : 2]!++;
    votes[d12 > 0 ? 1 : 2]!++;
    return votes.indexOf(Math.max(...votes));
  });
};
/**
 * Seed decision values per row: each seed gets one row wrong by a wide margin on one pair, the
 * other two seeds get it right by a wider one, so each seed alone scores 2/3 and the average 3/3.
 */
const seedDecisions = [
  [-1, 2, 2, /**/ -2, 2, 2, /**/ -2, -2, -2],
  [2, 2, 2, /**/ 2, 2, 2, /**/ -2, -2, -2],
  [2, 2, 2, /**/ -2, 2, 2, /**/ -2, -2, 1],
];

function results(decisionsPerSeed: (number[] | undefined)[]): Map<ReturnType<typeof experimentUnits>[number], UnitResult> {
  const units = experimentUnits(spec, 2);
  return new Map(
    units.map((unit) => {
      const decisions = unit.seed === undefined ? undefined : decisionsPerSeed[unit.seed];
      const row = decisions
        ? { name: 'aae d=2', pred: pred(decisions), decisions, classes: [0, 1, 2] }
        : { name: unit.rows[0]!.name, pred: unit.seed === undefined ? truth : pred(seedDecisions[unit.seed]!) };
      return [unit, { rows: [row], truth, seconds: 0 }];
    }),
  );
}

describe('summarizeRuns with a seed ensemble', () => {
  it("averages the seeds' decision values per fold and votes once", () => {
    const summary = summarizeRuns(spec, results(seedDecisions), { hash: 'h', profile: 'full', folds: 2, data: {} });
    const byName = new Map(summary.systems.map((s) => [s.name, s]));
    expect([...byName.keys()]).toEqual(['raw', 'aae d=2', 'aae seed ensemble d=2']);
    expect(byName.get('aae d=2')!.uar.mean).toBeCloseTo(2 / 3, 12);
    const ensemble = byName.get('aae seed ensemble d=2')!;
    expect(ensemble.uar.mean).toBe(1);
    expect(ensemble.uarPerSeed).toEqual([1, 1, 1]);
    expect(ensemble.system).toBe('aae seed ensemble');
    expect(ensemble.codeSize).toBe(2);
  });

  it('says which row and fold lack decision values instead of scoring them', () => {
    expect(() =>
      summarizeRuns(spec, results([undefined, undefined, undefined]), { hash: 'h', profile: 'full', folds: 2, data: {} }),
    ).toThrow(/seed ensemble of "aae d=2" needs each seed's SVM decision values on fold 0/);
  });
});
