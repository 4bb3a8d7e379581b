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
 * yields complete folds. Changing one system's settings changes only its units' keys.
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
        units.push({ ...s, key: `${slug}-${specHash(s.system, s.codeSize).slice(0, 8)}`, fold, seed });
      }
    }
  }
  return units;
}

function slugify(label: string): string {
  return label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'system';
}
