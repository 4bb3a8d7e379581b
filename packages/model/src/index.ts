export { fitPca } from './linear/fit-pca.js';
export { fitLda } from './linear/fit-lda.js';
export { ldaOptions, type LdaOptions, type ResolvedLdaOptions } from './linear/lda-options.js';
export { project, type LinearProjection } from './linear/linear-projection.js';
