// WAV input, framing, spectra and the 25 ms LLD branch (engineer A)
export { createRealFft, type RealFft } from './spectral/fft.js';
export { hammingWindow, gaussianWindow } from './frame/windows.js';
export {
  frameCount,
  nextPowerOfTwo,
  symmetricPadding,
  copyFrame,
  padFrame,
  copyFramePadded,
} from './frame/frame-signal.js';
export { readWav, type WavAudio } from './io/read-wav.js';
export { preEmphasizeFrame } from './frame/pre-emphasis.js';
export { pcmLoudness } from './voice/loudness.js';
export {
  melFilterbank,
  applyMelFilterbank,
  hzToMel,
  type MelFilterbank,
  type MelFilterbankSpec,
} from './spectral/mel-filterbank.js';
export { logMelBands, logEnergies, MFCC_LOG_FLOOR, LOG_MEL_BAND_FLOOR } from './spectral/log-mel-bands.js';
export { mfccDct, applyMfccDct, type MfccDct } from './spectral/mfcc.js';
export { spectralResampler, applySpectralResampler, type SpectralResampler } from './lpc/spectral-resample.js';
export { autocorrelation, levinsonDurbin } from './lpc/levinson-durbin.js';
export { lpcToLsp, createLspScratch, type LspScratch } from './lpc/line-spectral-pairs.js';
export { extractLld25, extractLld25Unchecked, type Lld25Matrix } from './lld25/extract-lld25.js';
export { LLD25_NAMES } from './lld25/lld25-names.js';

// Resampling (engineer C)
export { resample, createResampler, type Resampler } from './resample/resample.js';
export { resampleOptions, type ResampleOptions, type ResolvedResampleOptions } from './resample/resample-options.js';
// Comparing two extractions (engineer C)
export { compareFeatureTables, quantileSorted, type TableComparison, type GroupAgreement } from './compare/compare-tables.js';
export { compareTablesOptions, type CompareTablesOptions } from './compare/compare-tables-options.js';
export { type FeatureAgreement } from './compare/feature-agreement.js';
export { featureGroup, FEATURE_GROUPS, type FeatureGroup } from './compare/feature-group.js';
export { pearson, spearman, averageRanks } from './compare/correlation.js';
// openSMILE CSV feature tables and labels CSVs (engineer D); file reading is in @emocode/features/node
export { parseOpensmileCsv, type ParsedFeatures } from './table/parse-opensmile-csv.js';
export { formatOpensmileCsv, formatOpensmileNumber, type OpensmileCsvContent } from './table/format-opensmile-csv.js';
export { parseLabelsCsv, formatLabelsCsv, labelsColumn, type LabelsCsv } from './table/labels-csv.js';
export { joinLabels, toFeatureTable } from './table/join-labels.js';
export {
  opensmileCsvOptions,
  joinLabelsOptions,
  type OpensmileCsvOptions,
  type ResolvedOpensmileCsvOptions,
  type JoinLabelsOptions,
  type ResolvedJoinLabelsOptions,
} from './table/table-options.js';
// IS10 pipeline: pitch, voice quality, contours, functionals (engineer B)
export { extractIs10, is10Functionals, functionalFrames } from './is10.js';
export { extractIs10Llds, is10LldTable, type Is10Llds } from './is10-llds.js';
export { IS10_FEATURE_NAMES, IS10_LLD_NAMES } from './is10-names.js';
export { EXTRACTOR_VERSION } from './extractor-version.js';
export { is10Options, type Is10Options, type ResolvedIs10Options } from './is10-options.js';
export { is10MinimumSamples } from './is10-input.js';
export { is10ContoursUnchecked, type Is10Contours } from './is10-contours.js';
export { pitchCandidates, type PitchCandidates } from './pitch/pitch-candidates.js';
export { smoothPitch, type SmoothedPitch } from './pitch/pitch-smoother.js';
export { createOctaveScalePlan, type OctaveScalePlan } from './pitch/octave-scale-plan.js';
export { jitterShimmer, type JitterShimmer } from './voice/jitter-shimmer.js';
export { movingAverage, movingAverageNonZero } from './contour/moving-average.js';
export { deltaRegression, deltaInSegments } from './contour/delta-regression.js';
export { FUNCTIONALS_21, FUNCTIONALS_19, functionals21, functionals19NonZero } from './functionals/functional-set.js';
export { extremes, type Extremes } from './functionals/extremes.js';
export { linearRegression, type LinearRegression } from './functionals/regression.js';
export { moments, type Moments } from './functionals/moments.js';
export { percentile, sortedCopy } from './functionals/percentiles.js';
export { upLevelTime } from './functionals/up-level-time.js';
export { onsetRate, turnDuration } from './functionals/onsets.js';
// One recording → 1582 values: WAV → mono → 16 kHz → IS10 (engineer C)
export { extractFeatures, type ExtractedFeatures, type AudioSamples } from './extract-features.js';
export {
  extractFeaturesOptions,
  type ExtractFeaturesOptions,
  type ResolvedExtractFeaturesOptions,
} from './extract-features-options.js';
// Feature sets side by side (IS10, eGeMAPS v02) and the eGeMAPS extractor (issue 18)
export { FEATURE_SETS, FEATURE_SET_IDS, featureSet, featureSetId, type FeatureSet, type FeatureSetId } from './feature-set.js';
export { extractEgemaps, extractEgemapsLlds, EGEMAPS_FEATURE_NAMES, EGEMAPS_LLD_NAMES } from './egemaps.js';
export { type LldTable } from './egemaps/egemaps-llds.js';
