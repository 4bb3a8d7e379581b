export { fitPca } from './linear/fit-pca.js';
export { fitLda } from './linear/fit-lda.js';
export { ldaOptions, type LdaOptions, type ResolvedLdaOptions } from './linear/lda-options.js';
export { project, type LinearProjection } from './linear/linear-projection.js';
export { createAae, type Aae } from './create-aae.js';
export { aaeOptions, type AaeOptions, type ResolvedAaeOptions } from './aae-options.js';
export { createAutoencoder, type Autoencoder } from './create-autoencoder.js';
export { autoencoderOptions, type AutoencoderOptions, type ResolvedAutoencoderOptions } from './autoencoder-options.js';
export { createMlp, type Mlp, type MlpSpec } from './nets/mlp.js';
export { activations, type ActivationName } from './nets/activation.js';
export { createPrior } from './priors/create-prior.js';
export { componentMeans, resolveLayout } from './priors/component-means.js';
export {
  priorOptions,
  priorSpec,
  type MeanLayout,
  type PriorOptions,
  type PriorSpec,
  type ResolvedPriorOptions,
} from './priors/prior-options.js';
export { type Prior } from './priors/prior.js';
export { type CodeDecoder } from './code-decoder.js';
export { selectBackend } from './backend/select-backend.js';
export { backendNames, backendOptions, type BackendName, type BackendOptions, type BackendSelection } from './backend/backend-options.js';
export { dense } from './ops/dense.js';
export { adamUpdate, hasFusedAdam, type AdamStep } from './ops/adam-update.js';
export { dropout } from './ops/dropout.js';
export { transpose2d } from './ops/transpose.js';
