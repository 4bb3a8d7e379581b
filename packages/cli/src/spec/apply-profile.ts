import { systemLabel, type ResolvedExperimentSpec } from './experiment-options.js';
import type { ProfileName } from './profile-options.js';
import type { ResolvedSystemSpec } from './system-options.js';
import { systemRows } from './system-rows.js';

/** A spec with one profile applied; `folds` (when set) keeps only the first n folds. */
export interface ProfiledSpec {
  spec: ResolvedExperimentSpec;
  profile: ProfileName;
  folds?: number;
}

/**
 * Applies the spec's `profile` settings: systems filtered by label, normalisation and seeds
 * replaced, epochs capped, code sizes and synthetic amounts filtered (systems left empty are
 * dropped, except the baseline's).
 * @example applyProfile(spec, 'quick').spec.seeds
 */
export function applyProfile(spec: ResolvedExperimentSpec, profile: ProfileName): ProfiledSpec {
  const p = spec.profiles[profile];
  const kept = p.systems;
  const systems = spec.systems
    .filter((s) => kept === undefined || systemRows(s).some((r) => r.name === spec.baseline) || kept.includes(systemLabel(s)))
    .map((s) => profileSystem(s, p.epochs, p.codeSizes, p.perClass))
    .filter((s) => s !== undefined);
  return {
    spec: { ...spec, seeds: p.seeds ?? spec.seeds, normalization: p.normalization ?? spec.normalization, systems },
    profile,
    ...(p.folds !== undefined ? { folds: p.folds } : {}),
  };
}

function profileSystem(s: ResolvedSystemSpec, epochs?: number, sizes?: number[], amounts?: number[]): ResolvedSystemSpec | undefined {
  const capped = <T extends { epochs: number }>(t: T): T => (epochs === undefined ? t : { ...t, epochs: Math.min(t.epochs, epochs) });
  switch (s.method) {
    case 'raw':
      return s;
    case 'augment': {
      const perClass = amounts ? s.perClass.filter((n) => amounts.includes(n)) : s.perClass;
      return perClass.length === 0 ? undefined : { ...s, perClass, training: capped(s.training) };
    }
    default: {
      const codeSizes = sizes ? s.codeSizes.filter((d) => sizes.includes(d)) : s.codeSizes;
      if (codeSizes.length === 0) return undefined;
      if (s.method === 'ae') return { ...s, codeSizes, training: capped(s.training) };
      if (s.method === 'aae') return { ...s, codeSizes, training: capped(s.training) };
      return { ...s, codeSizes };
    }
  }
}
