export { countedLoop, kernelModule, loopOver16Bytes, op, valueType, type KernelFunction } from './assembler.js';
export { rowDots, rowDotsEngine, rowDotsWith, symmetricRowDots, type RowDotsOptions } from './row-dots.js';
export { standaloneKernel, type StandaloneKernel } from './standalone-kernel.js';
