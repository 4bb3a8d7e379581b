import type { ResolvedExperimentSpec } from '../spec/experiment-options.js';
import { specHash } from '../spec/spec-hash.js';
import type { ResolvedSystemSpec } from '../spec/system-options.js';
import { systemRows, type SystemRow } from '../spec/system-rows.js';

/** One resumable piece of work: a system (at one code size) on one fold with one seed. */
export interface Unit {
  /** Folder name under the run: the rows' label slug plus a hash of the system's settings. */
  key: string;
  system: ResolvedSystemSpec;
  codeSize: number;
  rows: SystemRow[];
  fold: number;
  seed: number;
}

/**
 * Every unit of a spec, fold-major (all systems of fold 0 first) so a partial run already
 * yields complete folds. Changing one system's settings changes only its units' keys; its list of
 * code sizes is not one of them.
 */
export function experimentUnits(spec: ResolvedExperimentSpec, folds: number): Unit[] {
  const perSystem = spec.systems.flatMap((system): { system: ResolvedSystemSpec; codeSize: number; rows: SystemRow[] }[] => {
    const rows = systemRows(system);
    if (system.method === 'raw' || system.method === 'augment') return [{ system, codeSize: system.method === 'augment' ? system.codeSize : 0, rows }];
    return system.codeSizes.map((d) => ({ system, codeSize: d, rows: rows.filter((r) => r.codeSize === d) }));
  });
  const units: Unit[] = [];
  for (let fold = 0; fold < folds; fold++) {
    for (const seed of spec.seeds) {
      for (const s of perSystem) {
        const slug = `${slugify(s.system.label ?? s.system.method)}${s.system.method === 'raw' || s.system.method === 'augment' ? '' : `-d${s.codeSize}`}`;
        // A unit computes one code size: the system's other sizes stay out of its key, so a profile
        // that keeps fewer sizes reuses a full run's units.
        units.push({ ...s, key: `${slug}-${specHash({ ...s.system, codeSizes: undefined }, s.codeSize).slice(0, 8)}`, fold, seed });
      }
    }
  }
  return units;
}

/**
 * The units shard `index` of `count` computes: unit j of each (fold, seed) round goes to shard
 * (j + round) mod count, so every system visits every shard. A plain stride would give a shard the
 * same systems in every round whenever the count divides the systems, and the systems' costs differ
 * several-fold (the paper-recipe AAE trains 4x as long as ours).
 */
export function shardUnits(units: readonly Unit[], shard: { index: number; count: number }): Unit[] {
  const first = units[0];
  const perRound = first ? units.filter((u) => u.fold === first.fold && u.seed === first.seed).length : 1;
  return units.filter((_, k) => ((k % perRound) + Math.floor(k / perRound)) % shard.count === shard.index);
}

function slugify(label: string): string {
  return label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'system';
}
