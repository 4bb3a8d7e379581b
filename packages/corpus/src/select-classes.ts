import { EmocodeError } from '@emocode/core';
import type { Utterance } from './utterance.js';

/**
 * Keeps the utterances whose label is in `classes` (all when undefined).
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS for a class the corpus does not have.
 */
export function selectClasses(utterances: Utterance[], classes: readonly string[] | undefined, corpus: string): Utterance[] {
  if (!classes) return utterances;
  const present = new Set(utterances.map((u) => u.label));
  const unknown = classes.filter((c) => !present.has(c));
  if (unknown.length > 0) {
    throw new EmocodeError(
      'EMOCODE_INVALID_OPTIONS',
      `loadCorpus: classes must be labels of ${corpus} (${[...present].sort().join(', ')}), got ${unknown.join(', ')}.`,
    );
  }
  const keep = new Set(classes);
  return utterances.filter((u) => keep.has(u.label));
}
