import type { ResolvedExperimentSpec } from '../spec/experiment-options.js';
import { specHash } from '../spec/spec-hash.js';
import type { ResolvedSystemSpec } from '../spec/system-options.js';
import { systemRows, type SystemRow } from '../spec/system-rows.js';

/** One resumable piece of work: a system (at one code size) on one fold with one seed, or for every seed. */
export interface Unit {
  /** Folder name under the run: the rows' label slug plus a hash of the system's settings. */
  key: string;
  system: ResolvedSystemSpec;
  codeSize: number;
  rows: SystemRow[];
  fold: number;
  /** Undefined for a seed-independent system (raw, PCA, LDA): computed once per fold, its result fills every seed's column. */
  seed: number | undefined;
}

/** Methods whose results do not depend on the run seed: no network, PCA and LDA are deterministic, SVM tuning uses the fold seed. */
const seedless: ReadonlySet<ResolvedSystemSpec['method']> = new Set(['raw', 'pca', 'lda']);

/**
 * Every unit of a spec, fold-major (all systems of fold 0 first) so a partial run already
 * yields complete folds; in each fold the seed-independent units come first, once, then the others
 * seed by seed. Changing one system's settings changes only its units' keys; its list of code
 * sizes is not one of them.
 */
export function experimentUnits(spec: ResolvedExperimentSpec, folds: number): Unit[] {
  const perSystem = spec.systems.flatMap((system): { system: ResolvedSystemSpec; codeSize: number; rows: SystemRow[] }[] => {
    const rows = systemRows(system);
    if (system.method === 'raw' || system.method === 'augment')
      return [{ system, codeSize: system.method === 'augment' ? system.codeSize : 0, rows }];
    return system.codeSizes.map((d) => ({ system, codeSize: d, rows: rows.filter((r) => r.codeSize === d) }));
  });
  const keyed = perSystem.map((s) => {
    const slug = `${slugify(s.system.label ?? s.system.method)}${s.system.method === 'raw' || s.system.method === 'augment' ? '' : `-d${s.codeSize}`}`;
    // A unit computes one code size: the system's other sizes stay out of its key, so a profile
    // that keeps fewer sizes reuses a full run's units.
    return { ...s, key: `${slug}-${specHash({ ...s.system, codeSizes: undefined, seedEnsemble: undefined }, s.codeSize).slice(0, 8)}` };
  });
  const once = keyed.filter((s) => seedless.has(s.system.method));
  const perSeed = keyed.filter((s) => !seedless.has(s.system.method));
  const units: Unit[] = [];
  for (let fold = 0; fold < folds; fold++) {
    units.push(...once.map((s) => ({ ...s, fold, seed: undefined })));
    for (const seed of spec.seeds) units.push(...perSeed.map((s) => ({ ...s, fold, seed })));
  }
  return units;
}

/**
 * The units shard `index` of `count` computes: unit j of each round (a fold's seed-independent
 * units, or its units of one seed) goes to shard (j + round) mod count, so every system visits
 * every shard. A plain stride would give a shard the same systems in every round whenever the
 * count divides the systems, and the systems' costs differ several-fold (the paper-recipe AAE
 * trains 4x as long as ours).
 */
export function shardUnits(units: readonly Unit[], shard: { index: number; count: number }): Unit[] {
  let round = -1;
  let j = 0;
  let previous: string | undefined;
  return units.filter((u) => {
    const current = `${u.fold}/${u.seed ?? 'all'}`;
    if (current !== previous) [round, j, previous] = [round + 1, 0, current];
    return (j++ + round) % shard.count === shard.index;
  });
}

function slugify(label: string): string {
  return (
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'system'
  );
}
