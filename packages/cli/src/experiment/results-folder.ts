import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { EmocodeError } from '@emocode/core';
import { writeFileAtomic } from '@emocode/core/node';

/** Where a spec's run store and its tables go. */
export interface ResultsFolders {
  /** summary, tables and plots: `<dir>/results/<spec name>/`, or `--out`. */
  tables: string;
  /** Finished units, keyed by a hash of everything they depend on, so variants may share it: `<dir>/results/runs/`, or `<out>/runs/`. */
  runs: string;
}

/**
 * The folders of a spec named `name` whose file lies in `dir`: tables in a folder of its own name,
 * so a copied and edited spec (another name) never writes over the original's tables.
 */
export function resultsFolders(name: string, dir: string, out: string | undefined): ResultsFolders {
  if (out !== undefined) return { tables: resolve(out), runs: join(resolve(out), 'runs') };
  return { tables: join(dir, 'results', name), runs: join(dir, 'results', 'runs') };
}

/**
 * Marks `tables` as the results of `specFile` (`spec-file.txt`); refuses a folder that holds
 * another spec file's results, which happens when a copied spec keeps the original's name.
 * @throws EmocodeError EMOCODE_INVALID_INPUT naming both files and the fix.
 */
export async function claimResultsFolder(tables: string, specFile: string): Promise<void> {
  const marker = join(tables, 'spec-file.txt');
  const owner = (await readFile(marker, 'utf8').catch(() => '')).trim();
  if (owner !== '' && owner !== specFile) {
    throw new EmocodeError(
      'EMOCODE_INVALID_INPUT',
      `experiment ${specFile}: its results folder ${tables} holds the results of ${owner}; give this spec another name (name: '…') or pass --out.`,
    );
  }
  if (owner === '') await writeFileAtomic(marker, `${specFile}\n`);
}
