import { z } from 'zod';
import { featureSetId } from './feature-set.js';

/** Options of `extractFeatures`. */
export const extractFeaturesOptions = z.strictObject({
  /**
   * Rate the IS10 pipeline runs at. 16000 (default) resamples any other input rate to 16 kHz
   * with the band-limited resampler, so features of all files are comparable with each other and
   * with openSMILE on 16 kHz audio; 'native' runs at the file's own rate, as openSMILE does
   * (IS10_SPEC.md §9: features of different rates are then not comparable).
   */
  targetRateHz: z.union([z.literal(16000), z.literal('native')]).default(16000),
  /** Which feature set to compute: 'is10' (default, 1582 values) or 'egemaps' (eGeMAPS v02, 88). */
  featureSet: featureSetId.default('is10'),
});

/** What callers pass to `extractFeatures`. */
export type ExtractFeaturesOptions = z.input<typeof extractFeaturesOptions>;
/** Options after defaults. */
export type ResolvedExtractFeaturesOptions = z.output<typeof extractFeaturesOptions>;
