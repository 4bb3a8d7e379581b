export { countedLoop, kernelModule, loopOver16Bytes, op, valueType, type KernelFunction } from './assembler.js';
export { rowDots, rowDotsEngine, rowDotsView, rowDotsWith, rowSquares, symmetricRowDots, type RowDotsOptions } from './row-dots.js';
export { standaloneKernel, type StandaloneKernel } from './standalone-kernel.js';
export { kernelThreads } from './thread-pool.js';
export { orderedMatVec, type OrderedMatVec } from './ordered-mat-vec.js';
