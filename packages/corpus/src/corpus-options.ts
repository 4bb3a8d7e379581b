import { z } from 'zod';

/**
 * Options of loadCorpus. `root` skips the search; `classes` keeps only those labels (each
 * must exist in the corpus); `mergeExcited` maps IEMOCAP's `exc` to happy; `groupBy: 'speaker'`
 * makes every speaker its own fold group (default: the corpus's own group, e.g. the IEMOCAP
 * session); `download: false` turns the RAVDESS download off; `dataDir`/`repoRoot` override
 * the search (tests).
 */
export const loadCorpusOptions = z.strictObject({
  root: z.string().min(1).optional(),
  classes: z.array(z.string().min(1)).min(1).optional(),
  mergeExcited: z.boolean().default(false),
  groupBy: z.enum(['corpus', 'speaker']).default('corpus'),
  download: z.boolean().default(true),
  dataDir: z.string().min(1).optional(),
  repoRoot: z.string().min(1).optional(),
});
export type LoadCorpusOptions = z.input<typeof loadCorpusOptions>;
export type ResolvedLoadCorpusOptions = z.output<typeof loadCorpusOptions>;
