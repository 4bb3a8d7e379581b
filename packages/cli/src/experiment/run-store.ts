import { existsSync } from 'node:fs';
import { readFile, rename } from 'node:fs/promises';
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
  /** The stored result, or undefined when there is none or it is damaged (then set aside, so the unit runs again). */
  read(unit: Unit): Promise<UnitResult | undefined>;
  write(unit: Unit, result: UnitResult): Promise<void>;
}

function isUnitResult(value: unknown): value is UnitResult {
  const r = value as Partial<UnitResult> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    Array.isArray(r.rows) &&
    Array.isArray(r.truth) &&
    r.rows.every((row) => Array.isArray(row?.pred) && row.pred.length === r.truth!.length)
  );
}

/**
 * A run store rooted at `dir` (results/runs/<spec hash>). A file that does not parse as a unit
 * result (a disk filled up, an edit by hand) is renamed `<file>.damaged-<time>` and named on
 * `log`, and its unit counts as not run.
 */
export function runStore(dir: string, log: (text: string) => void = () => {}): RunStore {
  const file = (u: Unit): string => join(dir, u.key, u.seed === undefined ? `fold-${u.fold}.json` : `fold-${u.fold}-seed-${u.seed}.json`);
  return {
    dir,
    has: (u) => existsSync(file(u)),
    async read(u) {
      const path = file(u);
      const text = await readFile(path, 'utf8').catch(() => undefined);
      if (text === undefined) return undefined;
      const parsed = ((): unknown => {
        try {
          return JSON.parse(text);
        } catch {
          return undefined;
        }
      })();
      if (isUnitResult(parsed)) return parsed;
      const aside = `${path}.damaged-${Date.now()}`;
      await rename(path, aside);
      log(`EMOCODE_PARSE_ERROR: run store file ${path} is damaged (not a unit result); set aside as ${aside}, running the unit again.\n`);
      return undefined;
    },
    write: (u, result) => writeFileAtomic(file(u), `${JSON.stringify(result)}\n`),
  };
}
