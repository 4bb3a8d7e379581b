import type { TrainAaeOptions } from './train-options.js';

/**
 * Named option sets for `trainAae` (spread them and override: `{ ...aaeRecipes.ours, seed }`).
 * Normalisation is the caller's.
 * - `paper`: Sahu et al. 2017 as reproduced by the AAE study (docs/aae-study.md in the repository, row N0):
 *   1000-1000 nets, dropout 0.5, label-conditioned discriminator, separate phases, Adam 1e-3
 *   in every phase, batch 32, 20 epochs, prior radius 3 / sd 1, codes from the prior.
 * - `ours`: the study's recommended recipe (row J1) plus within-class mixup: 256-256 nets,
 *   dropout 0.5 (none in the discriminator), linear classifier head on the code (weight 1),
 *   generator loss joint with reconstruction + head in one Adam step (weight 0.1), each batch row
 *   mixed with a random row of its class (λ ~ U(0, 0.5)), Adam 1e-3, batch 32, 30 epochs but at
 *   most 1500 updates (RAVDESS and EmoDB train all 30 epochs; a corpus of IEMOCAP's size stops
 *   after about 11 instead of 4000 updates), prior radius 3 / sd 1 on a circle (d = 2) or simplex.
 *   Synthesize with `aroundCodes`. Mixup was chosen on global z-scores (3 seeds, 6 RAVDESS folds:
 *   +0.8 UAR at d = 2, +1.9 at d = 10); with per-speaker z-scores it neither helps nor hurts. An
 *   adversary weight of 0.01 and a class-balanced head were tried on EmoDB and RAVDESS and not
 *   adopted (docs/aae-study.md, "A second corpus").
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
    adversarialWeight: 0.1,
    jointGenerator: true,
    classMixup: 0.5,
    batchSize: 32,
    epochs: 30,
    maxSteps: 1500,
  },
} as const satisfies Record<string, TrainAaeOptions>;
