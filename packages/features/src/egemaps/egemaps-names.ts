// Column names of eGeMAPSv02: the 25 LLD-CSV columns (EGEMAPS_SPEC.md E11.4, F11) and the 88
// functionals in output order (G12).

const F0 = 'F0semitoneFrom27.5Hz';
/** The 15 LLDs of the 60 ms branch in raw-set order (F10). */
export const EGEMAPS_VOICE_LLDS = [
  F0,
  'jitterLocal',
  'shimmerLocaldB',
  'HNRdBACF',
  'logRelF0-H1-H2',
  'logRelF0-H1-A3',
  'F1frequency',
  'F1bandwidth',
  'F1amplitudeLogRelF0',
  'F2frequency',
  'F2bandwidth',
  'F2amplitudeLogRelF0',
  'F3frequency',
  'F3bandwidth',
  'F3amplitudeLogRelF0',
] as const;

/** LLD CSV columns: 10 `_sma3` LLDs of the 20 ms branch, then the 15 `_sma3nz` ones. */
export const EGEMAPS_LLD_NAMES: readonly string[] = [
  ...['Loudness', 'alphaRatio', 'hammarbergIndex', 'slope0-500', 'slope500-1500', 'spectralFlux', 'mfcc1', 'mfcc2', 'mfcc3', 'mfcc4'].map(
    (n) => `${n}_sma3`,
  ),
  ...EGEMAPS_VOICE_LLDS.map((n) => `${n}_sma3nz`),
];

/** The 10 functionals of the F0 and loudness groups (G4 order). */
export const EGEMAPS_CONTOUR_FUNCTIONALS = [
  'amean',
  'stddevNorm',
  'percentile20.0',
  'percentile50.0',
  'percentile80.0',
  'pctlrange0-2',
  'meanRisingSlope',
  'stddevRisingSlope',
  'meanFallingSlope',
  'stddevFallingSlope',
] as const;

/** Group 4 inputs (the 14 voice LLDs after F0, then the 9 voiced-gated spectral ones). */
export const EGEMAPS_VOICED_INPUTS: readonly string[] = [
  ...EGEMAPS_VOICE_LLDS.slice(1),
  'alphaRatioV',
  'hammarbergIndexV',
  'slopeV0-500',
  'slopeV500-1500',
  'spectralFluxV',
  'mfcc1V',
  'mfcc2V',
  'mfcc3V',
  'mfcc4V',
];

/** Group 5 inputs (unvoiced-gated spectral LLDs). */
export const EGEMAPS_UNVOICED_INPUTS = ['alphaRatioUV', 'hammarbergIndexUV', 'slopeUV0-500', 'slopeUV500-1500', 'spectralFluxUV'] as const;

const meanStd = (input: string) => [`${input}_amean`, `${input}_stddevNorm`];

/** The 88 eGeMAPSv02 functionals in openSMILE's output order (G12). */
export const EGEMAPS_FEATURE_NAMES: readonly string[] = [
  ...EGEMAPS_CONTOUR_FUNCTIONALS.map((f) => `${F0}_sma3nz_${f}`),
  ...EGEMAPS_CONTOUR_FUNCTIONALS.map((f) => `loudness_sma3_${f}`),
  ...['spectralFlux', 'mfcc1', 'mfcc2', 'mfcc3', 'mfcc4'].flatMap((n) => meanStd(`${n}_sma3`)),
  ...EGEMAPS_VOICED_INPUTS.flatMap((n) => meanStd(`${n}_sma3nz`)),
  ...EGEMAPS_UNVOICED_INPUTS.map((n) => `${n}_sma3nz_amean`),
  'loudnessPeaksPerSec',
  'VoicedSegmentsPerSec',
  'MeanVoicedSegmentLengthSec',
  'StddevVoicedSegmentLengthSec',
  'MeanUnvoicedSegmentLength',
  'StddevUnvoicedSegmentLength',
  'equivalentSoundLevel_dBp',
];
