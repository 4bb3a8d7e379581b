// Node-only entry (file system): @emocode/features/node
export { readFeatureTable, readOpensmileCsv, readLabelsCsv, type ReadFeatureTableOptions } from './read-table.js';
export { writeOpensmileCsv, writeLabelsCsv } from './write-table.js';
