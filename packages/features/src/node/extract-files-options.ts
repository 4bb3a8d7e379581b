import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { extractFeaturesOptions } from '../extract-features-options.js';

const shardPattern = /^(\d+)\/(\d+)$/;

/** `i/n` (0-based shard i of n) or `{ index, count }`. */
const shard = z
  .union([
    z.string().regex(shardPattern, 'must look like i/n, e.g. 0/4'),
    z.strictObject({ index: z.number().int().min(0), count: z.number().int().min(1) }),
  ])
  .transform((s) => {
    if (typeof s !== 'string') return s;
    const [, index, count] = shardPattern.exec(s) as RegExpExecArray;
    return { index: Number(index), count: Number(count) };
  })
  .refine((s) => s.index < s.count, 'index must be below count (shards are 0-based: 0/2 and 1/2)');

/** Options of `extractFiles`. */
export const extractFilesOptions = extractFeaturesOptions.extend({
  /** Worker threads; default: every available core. */
  jobs: z
    .number()
    .int()
    .min(1)
    .max(256)
    .default(() => availableParallelism()),
  /** Deterministic part of the sorted file list this run extracts: contiguous block i of n. */
  shard: shard.default({ index: 0, count: 1 }),
  /** Serve and store results in the content-addressed cache. */
  cache: z.boolean().default(true),
  /** Cache folder (relative to the working directory). */
  cacheDir: z.string().min(1).default('data/cache/features'),
  /** Instance names are paths relative to this folder; default: the input folder, or the files' common folder. */
  root: z.string().min(1).optional(),
  /** Write the openSMILE-layout CSV here (atomically), with `<out>.emocode.json` beside it. */
  out: z.string().min(1).optional(),
  /** Replace an existing `out` that emocode did not write (never an input). */
  force: z.boolean().default(false),
  /** Draw a progress bar and report failures on stderr. */
  progress: z.boolean().default(true),
});

/** What callers pass to `extractFiles`. */
export type ExtractFilesOptions = z.input<typeof extractFilesOptions>;
/** Options after defaults. */
export type ResolvedExtractFilesOptions = z.output<typeof extractFilesOptions>;
