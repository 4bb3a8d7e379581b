/** LLD groups of the IS10 set, as reported by `compareFeatureTables`. */
export const FEATURE_GROUPS = [
  'loudness',
  'mfcc',
  'logMelFreqBand',
  'lspFreq',
  'F0finEnv',
  'voicing',
  'F0final',
  'jitterLocal',
  'jitterDDP',
  'shimmerLocal',
  'onset/duration',
] as const;

/** One of `FEATURE_GROUPS`, or 'other' for a name outside the IS10 set. */
export type FeatureGroup = (typeof FEATURE_GROUPS)[number] | 'other';

const prefixes: readonly [string, FeatureGroup][] = [
  ['F0final__Turn_', 'onset/duration'],
  ['pcm_loudness_', 'loudness'],
  ['mfcc_', 'mfcc'],
  ['logMelFreqBand_', 'logMelFreqBand'],
  ['lspFreq_', 'lspFreq'],
  ['F0finEnv_', 'F0finEnv'],
  ['voicingFinalUnclipped_', 'voicing'],
  ['F0final_', 'F0final'],
  ['jitterLocal_', 'jitterLocal'],
  ['jitterDDP_', 'jitterDDP'],
  ['shimmerLocal_', 'shimmerLocal'],
];

/**
 * The LLD group of an IS10 feature name (IS10_SPEC.md §8.2), deltas included:
 * `mfcc_sma_de[3]_amean` → 'mfcc', `F0final__Turn_onsetRate` → 'onset/duration'.
 */
export function featureGroup(name: string): FeatureGroup {
  for (const [prefix, group] of prefixes) if (name.startsWith(prefix)) return group;
  return 'other';
}
