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
}

/**
 * The rows of a system in table order: raw → `<label>`, compression methods → `<label> d=<d>`,
 * augment → `<label> <use> n=<perClass>`.
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
      return system.codeSizes.map((d) => ({ name: `${label} d=${d}`, system: label, method: system.method, codeSize: d }));
  }
}
