// Node-only entry (file system): @emocode/features/node
export { readFeatureTable, readOpensmileCsv, readLabelsCsv, type ReadFeatureTableOptions } from './read-table.js';
export { writeOpensmileCsv, writeLabelsCsv } from './write-table.js';
// Batch extraction on worker threads, with cache and shards (engineer C)
export { extractFiles, type ExtractFilesResult, type ExtractFilesSummary, type ExtractFailure } from './extract-files.js';
export { extractFilesOptions, type ExtractFilesOptions, type ResolvedExtractFilesOptions } from './extract-files-options.js';
export { listExtractInputs, shardInputs, type ExtractInput } from './extract-file-list.js';
export { EXTRACTOR_VERSION, extractorFingerprint, extractorCacheKey } from './cache-fingerprint.js';
export { failureReason } from './worker-protocol.js';
