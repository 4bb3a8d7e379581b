import { defineExperiment } from '@emocode/cli/spec';

const perClass = [50, 100, 200, 500];

/**
 * The paper's Table 2 in shape: an SVM trained on real rows only, on AAE-synthesised rows only,
 * and on both, for several synthetic amounts per class (the paper's recipe and ours).
 */
export default defineExperiment({
  name: 'augment',
  title: 'Table 2: training on synthetic features, 4-class RAVDESS (UAR %)',
  classes: ['angry', 'happy', 'neutral', 'sad'],
  folds: { kind: 'group-k-fold', k: 6 },
  normalization: 'per-speaker',
  seeds: [0, 1, 2],
  classifier: { kernel: 'rbf', C: 1, gamma: 'scale' },
  baseline: 'real-only',
  systems: [
    { method: 'raw', label: 'real-only' },
    {
      method: 'augment',
      label: 'AAE (paper)',
      codeSize: 2,
      perClass,
      sampling: { from: 'prior' },
      training: { recipe: 'paper' },
    },
    {
      method: 'augment',
      label: 'AAE (ours)',
      codeSize: 2,
      perClass,
      sampling: { from: 'codes', spread: 0.5 },
      training: { recipe: 'ours' },
    },
  ],
  profiles: {
    quick: { folds: 2, epochs: 2, seeds: [0], perClass: [100] },
    // Minutes instead of hours: our recipe only, one seed.
    reduced: { seeds: [0], perClass: [50, 200], systems: ['AAE (ours)'] },
  },
});
