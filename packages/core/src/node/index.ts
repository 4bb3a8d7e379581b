export { writeFileAtomic } from './write-file-atomic.js';
export { createProgress, type Progress, type ProgressOptions } from './progress.js';
export {
  checkOutputFile,
  checkOutputFolder,
  provenancePath,
  readProvenance,
  writeOutputFile,
  type OutputCheck,
  type Provenance,
} from './safe-output.js';
