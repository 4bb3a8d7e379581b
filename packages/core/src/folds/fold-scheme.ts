import { z } from 'zod';
import { parseOptions } from '../parse-options.js';
import { groupKFold } from './group-k-fold.js';
import { leaveOneGroupOut } from './leave-one-group-out.js';
import type { Fold } from './fold.js';

/** How rows are split into speaker-independent folds. */
export const foldScheme = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('leave-one-group-out') }),
  z.strictObject({ kind: z.literal('group-k-fold'), k: z.number().int().min(2) }),
]);
export type FoldScheme = z.input<typeof foldScheme>;

/**
 * Folds of `groups` following `scheme`; deterministic in (groups, scheme, seed).
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS for a bad scheme, EMOCODE_INVALID_INPUT for k > groups.
 * @example makeFolds(actors, { kind: 'group-k-fold', k: 6 }, 1)
 */
export function makeFolds(groups: readonly string[], scheme: FoldScheme, seed: number): Fold[] {
  const s = parseOptions(foldScheme, scheme, 'makeFolds');
  return s.kind === 'leave-one-group-out' ? leaveOneGroupOut(groups) : groupKFold(groups, s.k, seed);
}
