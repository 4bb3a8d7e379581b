// The public surface of @emocode/features (browser-safe): what its README documents. The DSP
// pieces behind it (frames, spectra, LPC, pitch, voice quality, contours, functionals) are
// internal modules; public-surface.test.ts lists every exported name, so it changes on purpose.

// One recording → 1582 values: WAV → mono → 16 kHz → IS10
export { extractFeatures, type ExtractedFeatures, type AudioSamples } from './extract-features.js';
export { extractFeaturesOptions, type ExtractFeaturesOptions, type ResolvedExtractFeaturesOptions } from './extract-features-options.js';
export { extractIs10 } from './is10.js';
export { extractIs10Llds, type Is10Llds } from './is10-llds.js';
export { IS10_FEATURE_NAMES, IS10_LLD_NAMES } from './is10-names.js';
export { is10Options, type Is10Options, type ResolvedIs10Options } from './is10-options.js';
export { is10MinimumSamples } from './is10-input.js';
export { readWav, type WavAudio } from './io/read-wav.js';
export { type EightBitReading } from './io/decode-samples.js';

// Resampling
export { resample, createResampler, type Resampler } from './resample/resample.js';
export { resampleOptions, type ResampleOptions, type ResolvedResampleOptions } from './resample/resample-options.js';

// Comparing two extractions
export { compareFeatureTables, type TableComparison, type GroupAgreement } from './compare/compare-tables.js';
export { compareTablesOptions, type CompareTablesOptions } from './compare/compare-tables-options.js';
export { type FeatureAgreement } from './compare/feature-agreement.js';
export { featureGroup, FEATURE_GROUPS, type FeatureGroup } from './compare/feature-group.js';

// openSMILE CSV feature tables and labels CSVs; reading and writing files is in @emocode/features/node
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

// Feature sets side by side (IS10, eGeMAPS v02) and the eGeMAPS extractor
export { FEATURE_SETS, FEATURE_SET_IDS, featureSet, featureSetId, type FeatureSet, type FeatureSetId } from './feature-set.js';
export { extractEgemaps, extractEgemapsLlds, EGEMAPS_FEATURE_NAMES, EGEMAPS_LLD_NAMES } from './egemaps.js';
export { type LldTable } from './egemaps/egemaps-llds.js';
export { type SignalOptions, type ResolvedSignalOptions } from './signal-options.js';
// Bumped by hand for value changes the code fingerprint cannot see; browser-safe, so bundles can name it
export { EXTRACTOR_VERSION } from './extractor-version.js';
