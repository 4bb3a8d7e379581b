import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '@emocode/core/node';
import type { Unit } from './experiment-units.js';
import type { UnitResult } from './fold-data.js';

/**
 * Finished units on disk: `<runDir>/<unit key>/fold-<i>-seed-<s>.json` (`fold-<i>.json` for a
 * seed-independent unit), each written
 * atomically when its unit finishes, so an interrupted run resumes at the first missing file.
 */
export interface RunStore {
  dir: string;
  has(unit: Unit): boolean;
  read(unit: Unit): Promise<UnitResult>;
  write(unit: Unit, result: UnitResult): Promise<void>;
}

/** A run store rooted at `dir` (results/runs/<spec hash>). */
export function runStore(dir: string): RunStore {
  const file = (u: Unit): string => join(dir, u.key, u.seed === undefined ? `fold-${u.fold}.json` : `fold-${u.fold}-seed-${u.seed}.json`);
  return {
    dir,
    has: (u) => existsSync(file(u)),
    read: async (u) => JSON.parse(await readFile(file(u), 'utf8')) as UnitResult,
    write: (u, result) => writeFileAtomic(file(u), `${JSON.stringify(result)}\n`),
  };
}
