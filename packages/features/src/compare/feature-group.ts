/** LLD groups of the IS10 and eGeMAPS sets, as reported by `compareFeatureTables`. */
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
  // eGeMAPS v02 (EGEMAPS_SPEC.md G12); loudness, mfcc and jitterLocal are shared with IS10
  'F0semitone',
  'shimmerLocaldB',
  'HNRdBACF',
  'H1-H2',
  'H1-A3',
  'formantFrequency',
  'formantBandwidth',
  'formantAmplitude',
  'alphaRatio',
  'hammarbergIndex',
  'spectralSlope',
  'spectralFlux',
  'voicingSegments',
  'equivalentSoundLevel',
] as const;

/** One of `FEATURE_GROUPS`, or 'other' for a name outside both sets. */
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
  ['F0semitoneFrom27.5Hz_', 'F0semitone'],
  ['loudness', 'loudness'],
  ['mfcc', 'mfcc'],
  ['shimmerLocaldB_', 'shimmerLocaldB'],
  ['HNRdBACF_', 'HNRdBACF'],
  ['logRelF0-H1-H2_', 'H1-H2'],
  ['logRelF0-H1-A3_', 'H1-A3'],
  ['alphaRatio', 'alphaRatio'],
  ['hammarbergIndex', 'hammarbergIndex'],
  ['slope', 'spectralSlope'],
  ['spectralFlux', 'spectralFlux'],
  ['equivalentSoundLevel', 'equivalentSoundLevel'],
];

const patterns: readonly [RegExp, FeatureGroup][] = [
  [/^F\dfrequency_/, 'formantFrequency'],
  [/^F\dbandwidth_/, 'formantBandwidth'],
  [/^F\damplitudeLogRelF0_/, 'formantAmplitude'],
  [/^(Mean|Stddev)?(Un)?[Vv]oicedSegment/, 'voicingSegments'],
];

/**
 * The LLD group of an IS10 or eGeMAPS feature name (IS10_SPEC.md §8.2, EGEMAPS_SPEC.md G12),
 * deltas and voiced/unvoiced variants included: `mfcc_sma_de[3]_amean` → 'mfcc',
 * `F0final__Turn_onsetRate` → 'onset/duration', `slopeUV0-500_sma3nz_amean` → 'spectralSlope'.
 */
export function featureGroup(name: string): FeatureGroup {
  for (const [prefix, group] of prefixes) if (name.startsWith(prefix)) return group;
  for (const [pattern, group] of patterns) if (pattern.test(name)) return group;
  return 'other';
}
