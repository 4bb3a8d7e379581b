// Framing and spectra (engineer A)
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

// Resampling (engineer C)
export { resample, createResampler, type Resampler } from './resample/resample.js';
export { resampleOptions, type ResampleOptions, type ResolvedResampleOptions } from './resample/resample-options.js';
export { readWav, type WavAudio } from './io/read-wav.js';
// Comparing two extractions (engineer C)
export { compareFeatureTables, quantileSorted, type TableComparison, type GroupAgreement } from './compare/compare-tables.js';
export { compareTablesOptions, type CompareTablesOptions } from './compare/compare-tables-options.js';
export { type FeatureAgreement } from './compare/feature-agreement.js';
export { featureGroup, FEATURE_GROUPS, type FeatureGroup } from './compare/feature-group.js';
export { pearson, spearman, averageRanks } from './compare/correlation.js';
// openSMILE CSV feature tables and labels CSVs (engineer D); file reading is in @emocode/features/node
export { parseOpensmileCsv, type ParsedFeatures } from './table/parse-opensmile-csv.js';
export { formatOpensmileCsv, formatOpensmileNumber, type OpensmileCsvContent } from './table/format-opensmile-csv.js';
export { parseLabelsCsv, formatLabelsCsv, type LabelsCsv } from './table/labels-csv.js';
export { joinLabels, toFeatureTable } from './table/join-labels.js';
export {
  opensmileCsvOptions,
  joinLabelsOptions,
  type OpensmileCsvOptions,
  type ResolvedOpensmileCsvOptions,
  type JoinLabelsOptions,
  type ResolvedJoinLabelsOptions,
} from './table/table-options.js';
