import { readFile } from 'node:fs/promises';
import { EmocodeError } from '@emocode/core';
import { checkOutputFile, readProvenance, writeOutputFile } from '@emocode/core/node';
import { parseOpensmileCsv } from '@emocode/features';
import { printResult, type Command } from '../args.js';
import { requiredOption } from './features-options.js';
import { checkShardSet } from './shard-set.js';

async function readCsv(file: string): Promise<string> {
  return readFile(file, 'utf8').catch((error: unknown) => {
    throw new EmocodeError(
      'EMOCODE_NOT_FOUND',
      `emocode features merge: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
      { cause: error },
    );
  });
}

/** The data lines of a CSV text (header and empty lines dropped), with a final newline each. */
function dataLines(text: string): string {
  const body = text.slice(text.indexOf('\n') + 1);
  return body
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => `${line}\n`)
    .join('');
}

/**
 * `emocode features merge <a.csv> <b.csv>... --out <all.csv>`: joins shard outputs. Every shard
 * CSV carries its own header (so each is a valid table on its own); merge checks each file, that
 * the headers agree and that no instance appears twice, then writes the header once and the rows
 * verbatim (no reformatting, so values stay byte-identical). Tables that `features extract`
 * wrote must be a complete set of shards of one extractor (see checkShardSet).
 */
export const featuresMergeCommand: Command = {
  name: 'features merge',
  summary: 'Join feature CSVs with the same header (e.g. the shards of features extract --shard) into one.',
  usage: '<a.csv> <b.csv>...',
  positionals: { min: 1 },
  options: {
    out: { type: 'string', short: 'o', description: '<file.csv> where to write the merged table (atomically; required)' },
    force: { type: 'boolean', description: 'replace an existing --out that emocode did not write (never an input)' },
  },
  async run(context) {
    const out = requiredOption(context, 'out', '<file.csv>');
    const files = context.positionals;
    await checkOutputFile(out, { inputs: files, force: context.values['force'] === true, context: 'emocode features merge' });
    const texts = await Promise.all(files.map(readCsv));
    const record = checkShardSet(files, await Promise.all(files.map(readProvenance)));
    const header = (texts[0] as string).split('\n', 1)[0] as string;
    const seen = new Map<string, string>();
    texts.forEach((text, k) => {
      const file = files[k] as string;
      if (text.split('\n', 1)[0] !== header) {
        throw new EmocodeError(
          'EMOCODE_SHAPE_MISMATCH',
          `emocode features merge: every CSV must have the header of ${files[0]}, got a different one in ${file}.`,
        );
      }
      for (const id of parseOpensmileCsv(text, { source: file, nan: 'keep' }).ids) {
        const first = seen.get(id);
        if (first !== undefined) {
          throw new EmocodeError(
            'EMOCODE_INVALID_INPUT',
            `emocode features merge: instance names must be unique, got '${id}' in ${first} and ${file}. Do two shards overlap?`,
          );
        }
        seen.set(id, file);
      }
    });
    await writeOutputFile(out, `${header}\n${texts.map(dataLines).join('')}`, record);
    const features = header.split(';').length - 2;
    printResult(
      context,
      { out, rows: seen.size, features, inputs: files.length },
      () => `merged ${files.length} files: ${seen.size} rows x ${features} features -> ${out}\n`,
    );
  },
};
