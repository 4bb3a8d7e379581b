import { EmocodeError } from '@emocode/core';
import type { Provenance } from '@emocode/core/node';

/** What `features extract` records beside a table it writes (see extractFiles). */
interface TableRecord extends Provenance {
  /** `<feature set>-features`, e.g. `is10-features`. */
  kind: string;
  extractor: { version: string; key: string };
  options: { targetRateHz: number | 'native'; featureSet?: string };
  shard: { index: number; count: number };
  listing: { files: number; sha256: string };
}

const fail = (message: string) => new EmocodeError('EMOCODE_INVALID_INPUT', `emocode features merge: ${message}`);
const describe = (r: TableRecord) =>
  `extractor ${r.extractor.version} (code ${r.extractor.key.slice(0, 12)}), feature set ${r.options.featureSet ?? 'is10'}, targetRateHz ${r.options.targetRateHz}`;

/**
 * Checks that the tables to merge come from one extraction: every file has its
 * `<file>.emocode.json` (or none has: plain CSVs are merged unchecked), one extractor build and
 * options, one file listing, and shards 0..n−1 each exactly once.
 * @returns the record of the merged table (shard 0 of 1), or undefined for unchecked CSVs.
 * @throws EmocodeError EMOCODE_INVALID_INPUT naming the files and what differs or is missing.
 */
export function checkShardSet(files: readonly string[], records: readonly (Provenance | undefined)[]): Record<string, unknown> | undefined {
  const bare = files.filter((_, k) => records[k] === undefined);
  if (bare.length === files.length) return undefined;
  if (bare.length > 0) {
    throw fail(
      `${bare.join(', ')} ${bare.length === 1 ? 'has' : 'have'} no emocode record beside it (<file>.emocode.json, or the file changed since emocode wrote it), so its rows may come from another extractor; merge only tables of one emocode features extract run.`,
    );
  }
  const tables = records as TableRecord[];
  const first = tables[0] as TableRecord;
  tables.forEach((t, k) => {
    if (t.extractor?.key !== first.extractor.key)
      throw fail(
        `rows must come from one extractor and options, got ${describe(first)} in ${files[0]} but ${describe(t)} in ${files[k]}. Extract them again with one emocode.`,
      );
    if (t.listing?.sha256 !== first.listing.sha256 || t.shard.count !== first.shard.count) {
      throw fail(
        `shards must cut one file list into one number of shards, got ${first.shard.count} shards of ${first.listing.files} files in ${files[0]} but ${t.shard.count} of ${t.listing.files} in ${files[k]}.`,
      );
    }
  });
  const byIndex = new Map<number, string>();
  tables.forEach((t, k) => {
    const twice = byIndex.get(t.shard.index);
    if (twice !== undefined)
      throw fail(`shard ${t.shard.index}/${t.shard.count} appears twice: ${twice} and ${files[k]}. Pass each shard once.`);
    byIndex.set(t.shard.index, files[k] as string);
  });
  const missing = Array.from({ length: first.shard.count }, (_, i) => i).filter((i) => !byIndex.has(i));
  if (missing.length > 0) {
    const shards = missing.map((i) => `${i}/${first.shard.count}`).join(', ');
    throw fail(
      `shard${missing.length === 1 ? '' : 's'} ${shards} of ${first.shard.count} ${missing.length === 1 ? 'is' : 'are'} missing; extract ${missing.length === 1 ? 'it' : 'them'} with --shard ${shards.split(', ')[0]} (or pass the file you forgot).`,
    );
  }
  const { kind, extractor, options, listing } = first;
  return { kind, extractor, options, shard: { index: 0, count: 1 }, listing, mergedFrom: files.length };
}
