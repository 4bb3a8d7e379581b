export { synthesize } from './synthesize.js';
export { synthesizeOptions, type SynthesizeOptions } from './synthesize-options.js';
