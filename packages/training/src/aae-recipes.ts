import type { TrainAaeOptions } from './train-options.js';

/**
 * Named option sets for `trainAae` (spread them and override: `{ ...aaeRecipes.ours, seed }`).
 * Normalisation is the caller's.
 * - `paper`: Sahu et al. 2017 as reproduced by the AAE study (docs/aae-study.md in the repository, row N0):
 *   1000-1000 nets, dropout 0.5, label-conditioned discriminator, separate phases, Adam 1e-3
 *   in every phase, batch 32, 20 epochs, prior radius 3 / sd 1, codes from the prior.
 * - `ours`: the study's recipe (docs/aae-study.md in the repository), chosen on RAVDESS (2026-12-01) and
 *   revised on EmoDB (2026-12-03): 256-256 nets, dropout 0.5 (none in the discriminator), linear
 *   classifier head on the code (weight 1, its cross-entropy weighted by inverse class frequency so
 *   every class counts alike, as UAR does), generator loss joint with reconstruction + head in one
 *   Adam step (weight 0.01: at 0.1 the prior's pull cost 6 UAR points at d = 2 on held-out EmoDB
 *   speakers), each batch row mixed with a random row of its class (λ ~ U(0, 0.5)), Adam 1e-3,
 *   batch 32, 30 epochs but at most 1500 updates (a corpus of IEMOCAP's size would otherwise take
 *   4000), prior radius 3 / sd 1 on a circle (d = 2) or simplex. Synthesize with `aroundCodes`.
 */
export const aaeRecipes = {
  paper: {
    model: { hidden: [1000, 1000], discriminatorHidden: [1000, 1000], dropout: 0.5, discriminatorDropout: 0, conditionDiscriminator: true },
    prior: { kind: 'class-gaussian-mixture', radius: 3, componentSd: 1 },
    learningRates: { reconstruction: 1e-3, discriminator: 1e-3, generator: 1e-3 },
    batchSize: 32,
    epochs: 20,
  },
  ours: {
    model: { hidden: [256, 256], discriminatorHidden: [256, 256], dropout: 0.5, discriminatorDropout: 0, conditionDiscriminator: true },
    prior: { kind: 'class-gaussian-mixture', radius: 3, componentSd: 1 },
    learningRates: { reconstruction: 1e-3, discriminator: 1e-3, generator: 1e-3 },
    supervisedWeight: 1,
    balanceClasses: true,
    adversarialWeight: 0.01,
    jointGenerator: true,
    classMixup: 0.5,
    batchSize: 32,
    epochs: 30,
    maxSteps: 1500,
  },
} as const satisfies Record<string, TrainAaeOptions>;
