import { parseOptions } from '@emocode/core';
import { experimentSpec, type ExperimentSpec, type ResolvedExperimentSpec } from './experiment-options.js';

/**
 * Validates an experiment spec and fills in its defaults. `experiment.ts` files default-export
 * the result; the runner validates again, so a spec typed as a plain object also works.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS naming each bad field and what it must be.
 * @example export default defineExperiment({ name: 'compression', classes: ['angry', 'sad'], folds: { kind: 'group-k-fold', k: 6 }, systems: [{ method: 'raw' }], baseline: 'raw' })
 */
export function defineExperiment(spec: ExperimentSpec): ResolvedExperimentSpec {
  return parseOptions(experimentSpec, spec, 'defineExperiment');
}
