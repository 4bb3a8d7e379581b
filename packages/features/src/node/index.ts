// Node-only entry (file system, worker threads): @emocode/features/node
export { readFeatureTable, readOpensmileCsv, readLabelsCsv, type ReadFeatureTableOptions } from './read-table.js';
export { writeOpensmileCsv, writeLabelsCsv } from './write-table.js';
// Batch extraction on worker threads, with cache and shards
export { extractFiles, type ExtractFilesResult, type ExtractFilesSummary, type ExtractFailure } from './extract-files.js';
export { extractFilesOptions, type ExtractFilesOptions, type ResolvedExtractFilesOptions } from './extract-files-options.js';
export { listExtractInputs, type ExtractInput } from './extract-file-list.js';
export { EXTRACTOR_VERSION, extractorFingerprint } from './cache-fingerprint.js';
export { failureReason } from './worker-protocol.js';
