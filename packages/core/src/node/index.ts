export { writeFileAtomic } from './write-file-atomic.js';
export { createProgress, type Progress, type ProgressOptions } from './progress.js';
