import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EmocodeError, parseOptions } from '@emocode/core';
import { checkOutputFile, createProgress, type Progress } from '@emocode/core/node';
import { featureSet } from '../feature-set.js';
import { createFeatureCache, type FeatureCache } from './cache-store.js';
import { listExtractInputs, shardInputs, type ExtractInput } from './extract-file-list.js';
import { extractFilesOptions, type ExtractFilesOptions, type ResolvedExtractFilesOptions } from './extract-files-options.js';
import { createWorkerPool, type WorkerPool } from './worker-pool.js';
import { writeOpensmileCsv } from './write-table.js';
import { EXTRACTOR_VERSION, extractorCacheKey } from './cache-fingerprint.js';

/** A file that could not be extracted; the batch went on without it. */
export interface ExtractFailure {
  readonly path: string;
  readonly name: string;
  readonly reason: string;
}

/** Counts and speed of one `extractFiles` run. */
export interface ExtractFilesSummary {
  /** Files in this shard, extracted now, served from the cache, failed. */
  readonly files: number;
  readonly extracted: number;
  readonly cached: number;
  readonly failed: number;
  /** Total audio of the successful files, wall time of the run, and their ratio (× real time). */
  readonly audioSeconds: number;
  readonly wallSeconds: number;
  readonly realTimeFactor: number;
  /** Worker threads started (0 when every file came from the cache). */
  readonly jobs: number;
  readonly shard: { readonly index: number; readonly count: number };
  readonly out?: string;
}

/** Rows of the successful files (sorted by name), the failures and the summary. */
export interface ExtractFilesResult {
  readonly ids: readonly string[];
  readonly names: readonly string[];
  /** `ids.length × names.length` values of the feature set, row-major, all finite. */
  readonly data: Float32Array;
  readonly failures: readonly ExtractFailure[];
  readonly summary: ExtractFilesSummary;
}

type Outcome = { ok: true; values: Float32Array; durationSeconds: number; cached: boolean } | { ok: false; reason: string };

/**
 * Cache hits looked up in this thread (16 files at a time, to bound memory), so a fully cached
 * re-run starts no worker thread.
 */
async function cachedOutcomes(files: readonly ExtractInput[], cache: FeatureCache | undefined): Promise<(Outcome | undefined)[]> {
  const hits: (Outcome | undefined)[] = files.map(() => undefined);
  if (cache === undefined) return hits;
  for (let from = 0; from < files.length; from += 16) {
    await Promise.all(
      files.slice(from, from + 16).map(async (file, k) => {
        const bytes = await readFile(file.path).catch(() => undefined); // the worker reports unreadable files
        const hit = bytes && (await cache.get(createHash('sha256').update(bytes).digest('hex')));
        if (hit) hits[from + k] = { ok: true, ...hit, cached: true };
      }),
    );
  }
  return hits;
}

/** Outcomes of every file (cache hits first, the rest on `jobs` threads), in file order. */
async function extractAll(
  files: readonly ExtractInput[],
  o: ResolvedExtractFilesOptions,
  progress: Progress | undefined,
  report: ((text: string) => void) | undefined,
): Promise<{ outcomes: Outcome[]; jobs: number }> {
  const setup = {
    options: { targetRateHz: o.targetRateHz, featureSet: o.featureSet },
    cacheDir: o.cache ? resolve(o.cacheDir) : undefined,
    extractorKey: await extractorCacheKey(o),
    dims: featureSet(o.featureSet).names.length,
  };
  const cache = setup.cacheDir === undefined ? undefined : createFeatureCache(setup.cacheDir, setup.extractorKey, setup.dims);
  const hits = await cachedOutcomes(files, cache);
  const misses = files.filter((_, i) => hits[i] === undefined);
  if (files.length > misses.length) progress?.tick(files.length - misses.length, 'cached');
  if (misses.length === 0) return { outcomes: hits as Outcome[], jobs: 0 };
  const jobs = Math.min(o.jobs, misses.length);
  const pool = createWorkerPool(jobs, setup);
  const fresh = await runAll(pool, misses, progress, report).finally(() => pool.close());
  return { outcomes: hits.map((hit) => hit ?? (fresh.shift() as Outcome)), jobs };
}

function runAll(
  pool: WorkerPool,
  files: readonly ExtractInput[],
  progress: Progress | undefined,
  report: ((text: string) => void) | undefined,
): Promise<Outcome[]> {
  return Promise.all(
    files.map((file) =>
      pool.run(file.path).then(
        (reply): Outcome => {
          progress?.tick(1, reply.cached ? 'cached' : '');
          return reply;
        },
        (error: Error): Outcome => {
          // The threads could not start: no file can succeed, so this is not a per-file failure.
          if (EmocodeError.isInstance(error)) throw error;
          report?.(`${file.path}: ${error.message}\n`);
          progress?.tick(1, 'failed');
          return { ok: false, reason: error.message };
        },
      ),
    ),
  );
}

/**
 * Extracts the features of a feature set (`featureSet`, default IS10) of many WAV files on worker threads: folders are searched recursively,
 * the sorted list is cut to `shard`, files whose content and extractor are unchanged come from
 * the cache, the rest are decoded, resampled to 16 kHz (unless 'native') and extracted. A bad
 * file (corrupt, truncated, empty, too short, not audio) is reported as `path: CODE: reason`
 * through `report` (default: stderr; silenced with `progress: false`) and skipped. With `out`,
 * the rows are written atomically in openSMILE's CSV layout (`name` = path relative to the root,
 * quoted with `'`); the file is not written when every file failed (a shard of several writes its
 * table anyway, so `features merge` finds every shard). Rows are in name order,
 * whatever order the threads finish in. `out` never replaces an input, nor a file emocode did not
 * write (unless `force`); beside it goes `<out>.emocode.json`, which `emocode features merge`
 * reads to check that shards are complete and come from one extractor.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS (also for an `out` it must not replace), EMOCODE_NOT_FOUND (missing input),
 *   EMOCODE_INVALID_INPUT (no WAV file found), EMOCODE_INTERNAL (worker threads cannot start)
 * @example
 * const { summary } = await extractFiles(['corpus/'], { out: 'is10.csv', jobs: 2 });
 */
export async function extractFiles(
  inputs: readonly string[],
  options: ExtractFilesOptions = {},
  report: (text: string) => void = (text) => void process.stderr.write(text),
): Promise<ExtractFilesResult> {
  const o = parseOptions(extractFilesOptions, options, 'extractFiles');
  const started = performance.now();
  const listing = (await listExtractInputs(inputs, o.root)).files;
  if (o.out !== undefined) await checkOutputFile(o.out, { inputs: listing.map((f) => f.path), force: o.force, context: 'extractFiles' });
  const files = shardInputs(listing, o.shard);
  const progress = o.progress && files.length > 0 ? createProgress({ label: 'features', total: files.length, unit: 'files' }) : undefined;
  const { outcomes, jobs } = await extractAll(files, o, progress, o.progress ? report : undefined);
  const result = assemble(files, outcomes, featureSet(o.featureSet).names);
  const wallSeconds = (performance.now() - started) / 1000;
  const failed = result.failures.length;
  const cached = outcomes.filter((r) => r.ok && r.cached).length;
  const audioSeconds = outcomes.reduce((s, r) => s + (r.ok ? r.durationSeconds : 0), 0);
  // A shard writes its (maybe empty) table even when every file failed, so merge sees it is there.
  const write = o.out !== undefined && (files.length === 0 || failed < files.length || o.shard.count > 1);
  if (write) await writeOpensmileCsv(o.out as string, result, await tableProvenance(o, listing));
  progress?.done(`${failed} failed, ${cached} cached`);
  const summary: ExtractFilesSummary = {
    files: files.length,
    extracted: files.length - failed - cached,
    cached,
    failed,
    audioSeconds,
    wallSeconds,
    realTimeFactor: audioSeconds / wallSeconds,
    jobs,
    shard: o.shard,
    ...(write ? { out: resolve(o.out as string) } : {}),
  };
  return { ...result, summary };
}

/**
 * What the table beside it is: feature set, extractor version and cache key (code + options + set),
 * the shard and the whole sorted listing it was cut from (count and hash of the names), for merge's checks.
 */
async function tableProvenance(o: ResolvedExtractFilesOptions, listing: readonly ExtractInput[]): Promise<Record<string, unknown>> {
  return {
    kind: `${o.featureSet}-features`,
    extractor: { version: EXTRACTOR_VERSION, key: await extractorCacheKey(o) },
    options: { targetRateHz: o.targetRateHz, featureSet: o.featureSet },
    shard: o.shard,
    listing: {
      files: listing.length,
      sha256: createHash('sha256')
        .update(listing.map((f) => f.name).join('\n'))
        .digest('hex'),
    },
  };
}

function assemble(
  files: readonly ExtractInput[],
  outcomes: readonly Outcome[],
  names: readonly string[],
): Omit<ExtractFilesResult, 'summary'> {
  const dims = names.length;
  const ids: string[] = [];
  const failures: ExtractFailure[] = [];
  const data = new Float32Array(outcomes.filter((r) => r.ok).length * dims);
  outcomes.forEach((outcome, i) => {
    const file = files[i] as ExtractInput;
    if (!outcome.ok) failures.push({ path: file.path, name: file.name, reason: outcome.reason });
    else {
      data.set(outcome.values, ids.length * dims);
      ids.push(file.name);
    }
  });
  return { ids, names, data, failures };
}
