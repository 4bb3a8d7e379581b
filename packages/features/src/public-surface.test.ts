import { describe, expect, it } from 'vitest';

// The names a user of @emocode/features can import (types leave no runtime name). Change this
// list only on purpose, together with the README that documents the names.
describe('the public surface of @emocode/features', () => {
  it('exports what the README documents, and nothing else', async () => {
    expect(Object.keys(await import('./index.js')).sort()).toEqual([
      'EGEMAPS_FEATURE_NAMES',
      'EGEMAPS_LLD_NAMES',
      'EXTRACTOR_VERSION',
      'FEATURE_GROUPS',
      'FEATURE_SETS',
      'FEATURE_SET_IDS',
      'IS10_FEATURE_NAMES',
      'IS10_LLD_NAMES',
      'compareFeatureTables',
      'compareTablesOptions',
      'createResampler',
      'extractEgemaps',
      'extractEgemapsLlds',
      'extractFeatures',
      'extractFeaturesOptions',
      'extractIs10',
      'extractIs10Llds',
      'featureGroup',
      'featureSet',
      'featureSetId',
      'formatLabelsCsv',
      'formatOpensmileCsv',
      'formatOpensmileNumber',
      'is10MinimumSamples',
      'is10Options',
      'joinLabels',
      'joinLabelsOptions',
      'labelsColumn',
      'opensmileCsvOptions',
      'parseLabelsCsv',
      'parseOpensmileCsv',
      'readWav',
      'resample',
      'resampleOptions',
      'toFeatureTable',
    ]);
  });

  it('exports file reading, writing and batch extraction from @emocode/features/node', async () => {
    expect(Object.keys(await import('./node/index.js')).sort()).toEqual([
      'EXTRACTOR_VERSION',
      'extractFiles',
      'extractFilesOptions',
      'extractorFingerprint',
      'failureReason',
      'listExtractInputs',
      'readFeatureTable',
      'readLabelsCsv',
      'readOpensmileCsv',
      'writeLabelsCsv',
      'writeOpensmileCsv',
    ]);
  });
});
