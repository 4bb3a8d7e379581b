import type { ResolvedSystemSpec } from './system-options.js';

/** One table row a system produces: its name and what distinguishes it inside the system. */
export interface SystemRow {
  name: string;
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
      return [{ name: label, method: 'raw', use: 'real' }];
    case 'augment':
      return system.uses.flatMap((use) => system.perClass.map((n) => ({ name: `${label} ${use} n=${n}`, method: system.method, codeSize: system.codeSize, perClass: n, use })));
    default:
      return system.codeSizes.map((d) => ({ name: `${label} d=${d}`, method: system.method, codeSize: d }));
  }
}
