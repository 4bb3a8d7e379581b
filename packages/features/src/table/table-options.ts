import { z } from 'zod';

/**
 * Options for reading an openSMILE CSV. `nan` decides what a `nan`/`inf` cell does:
 * `reject` (default) stops with its line and column; `keep` stores NaN/±Infinity (later
 * stages reject non-finite input, naming row and column); `drop-columns` removes every
 * feature column that holds one.
 */
export const opensmileCsvOptions = z.strictObject({
  /** Shown in error messages (file path); defaults to `<string>`. */
  source: z.string().default('<string>'),
  nan: z.enum(['reject', 'keep', 'drop-columns']).default('reject'),
});
export type OpensmileCsvOptions = z.input<typeof opensmileCsvOptions>;
export type ResolvedOpensmileCsvOptions = z.output<typeof opensmileCsvOptions>;

/**
 * Options for joining a labels CSV onto a feature table. `group` names the labels column
 * that becomes the fold group (default `speaker`). With `classes`, any other label is an
 * error. `unlabeled: 'drop'` keeps only feature rows that have a label row (a 4-class
 * labels file against an 8-class table); labels without features are always an error.
 */
export const joinLabelsOptions = z.strictObject({
  source: z.string().default('<labels>'),
  group: z.string().min(1).default('speaker'),
  classes: z.array(z.string().min(1)).min(2).optional(),
  unlabeled: z.enum(['error', 'drop']).default('error'),
});
export type JoinLabelsOptions = z.input<typeof joinLabelsOptions>;
export type ResolvedJoinLabelsOptions = z.output<typeof joinLabelsOptions>;
