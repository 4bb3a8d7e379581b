import type { ResolvedSystemSpec } from './system-options.js';

/** One table row a system produces: its name and what distinguishes it inside the system. */
export interface SystemRow {
  name: string;
  /** The system's label (or method): the name without its code size or amount. */
  system: string;
  method: ResolvedSystemSpec['method'];
  codeSize?: number;
  perClass?: number;
  use?: 'real' | 'synthetic-only' | 'real+synthetic';
  /** Set on a seed-ensemble row: the row whose per-seed decision values it averages. */
  ensembleOf?: string;
}

/**
 * The rows of a system in table order: raw → `<label>`, compression methods → `<label> d=<d>`,
 * augment → `<label> <use> n=<perClass>`; with `seedEnsemble`, `<label> seed ensemble d=<d>` after each `<label> d=<d>`.
 * @example systemRows({ method: 'pca', codeSizes: [2, 3] }) // names 'pca d=2', 'pca d=3'
 */
export function systemRows(system: ResolvedSystemSpec): SystemRow[] {
  const label = system.label ?? system.method;
  switch (system.method) {
    case 'raw':
      return [{ name: label, system: label, method: 'raw', use: 'real' }];
    case 'augment':
      return system.uses.flatMap((use) =>
        system.perClass.map((n) => ({
          name: `${label} ${use} n=${n}`,
          system: label,
          method: system.method,
          codeSize: system.codeSize,
          perClass: n,
          use,
        })),
      );
    default:
      return system.codeSizes.flatMap((d) => {
        const row: SystemRow = { name: `${label} d=${d}`, system: label, method: system.method, codeSize: d };
        if (!('seedEnsemble' in system && system.seedEnsemble)) return [row];
        const ensemble = `${label} seed ensemble`;
        return [row, { name: `${ensemble} d=${d}`, system: ensemble, method: system.method, codeSize: d, ensembleOf: row.name }];
      });
  }
}
