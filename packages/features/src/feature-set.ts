// Feature sets side by side: each names its columns, its version and its extractors, so callers
// (extractFeatures, the worker pool, the cache, the CLI) pick one by id and a third set (e.g.
// ComParE) only adds an entry here.
import { EmocodeError } from '@emocode/core';
import { z } from 'zod';
import { extractEgemaps, extractEgemapsLlds, EGEMAPS_FEATURE_NAMES, EGEMAPS_LLD_NAMES } from './egemaps.js';
import type { LldTable } from './egemaps/egemaps-llds.js';
import { extractIs10 } from './is10.js';
import { extractIs10Llds } from './is10-llds.js';
import { IS10_FEATURE_NAMES, IS10_LLD_NAMES } from './is10-names.js';
import { is10MinimumSamples } from './is10-input.js';
import type { SignalOptions } from './signal-options.js';

/** Ids of the available feature sets; 'is10' is the default everywhere. */
export const FEATURE_SET_IDS = ['is10', 'egemaps'] as const;
export type FeatureSetId = (typeof FEATURE_SET_IDS)[number];
/** zod schema of a feature-set id (for option schemas at package boundaries). */
export const featureSetId = z.enum(FEATURE_SET_IDS);

/** One feature set: what it computes and how. */
export interface FeatureSet {
  readonly id: FeatureSetId;
  /** Human name, e.g. "eGeMAPS v02 (88)". */
  readonly title: string;
  /** Changes whenever the values of this set change; part of every cache key. */
  readonly version: string;
  /** Functional names in output order (openSMILE's CSV header after name;frameTime). */
  readonly names: readonly string[];
  /** Frame-level LLD names (openSMILE's -lldcsvoutput header). */
  readonly lldNames: readonly string[];
  /** Shortest signal (samples) the extractor accepts at this rate. */
  minimumSamples(sampleRateHz: number): number;
  /** Functionals of one mono signal (±1 scale), `names.length` finite values. */
  extract(signal: Float32Array, options: SignalOptions): Float32Array;
  /** The frame-level LLD table of one mono signal. */
  extractLlds(signal: Float32Array, options: SignalOptions): LldTable;
}

/** Every feature set by id. */
export const FEATURE_SETS: { readonly [id in FeatureSetId]: FeatureSet } = {
  is10: {
    id: 'is10',
    title: 'INTERSPEECH 2010 paralinguistic (IS10, 1582)',
    version: 'is10-1',
    names: IS10_FEATURE_NAMES,
    lldNames: IS10_LLD_NAMES,
    minimumSamples: is10MinimumSamples,
    extract: extractIs10,
    extractLlds: extractIs10Llds,
  },
  egemaps: {
    id: 'egemaps',
    title: 'eGeMAPS v02 (88)',
    // 2: the formants from the float32 Ooura FFT (EGEMAPS_SPEC F2.3); their values changed.
    version: 'egemaps-v02-2',
    names: EGEMAPS_FEATURE_NAMES,
    lldNames: EGEMAPS_LLD_NAMES,
    minimumSamples: is10MinimumSamples,
    extract: extractEgemaps,
    extractLlds: extractEgemapsLlds,
  },
};

/**
 * The feature set with this id.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS for an unknown id (names the known ones).
 * @example featureSet('egemaps').names.length // 88
 */
export function featureSet(id: string): FeatureSet {
  if (!(FEATURE_SET_IDS as readonly string[]).includes(id)) {
    throw new EmocodeError('EMOCODE_INVALID_OPTIONS', `Unknown feature set "${id}"; use one of ${FEATURE_SET_IDS.join(', ')}.`);
  }
  return FEATURE_SETS[id as FeatureSetId];
}
