// Column names of the raw 25 ms LLDs, in IS10 order (IS10_SPEC.md §6.1, without "_sma").

const range = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}[${i}]`);

/** `pcm_loudness, mfcc[0..14], logMelFreqBand[0..7], lspFreq[0..7]` (32 names). */
export const LLD25_NAMES: readonly string[] = Object.freeze([
  'pcm_loudness',
  ...range('mfcc', 15),
  ...range('logMelFreqBand', 8),
  ...range('lspFreq', 8),
]);
