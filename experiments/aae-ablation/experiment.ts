/**
 * Ablations of our AAE recipe on the compression and augmentation tables (docs/aae-study.md,
 * "Ablations in the TS pipeline"). Not a workspace package: run it from source,
 *
 *   EMOCODE_THREADS=1 EMOCODE_PROFILE=reduced EMOCODE_NORMALIZATION=per-speaker \
 *   ABLATION_SYSTEMS='adv 0.03;adv 0.01' ABLATION_SEEDS='0;1;2' ABLATION_SIZES='2;10' \
 *   nice -n 10 pnpm -s emocode experiment run experiments/aae-ablation
 *
 * ABLATION_SYSTEMS picks systems by label, ';'-separated (default: all), ABLATION_SEEDS the seeds (default 0),
 * ABLATION_SIZES the code sizes of the compression systems (default 2, 10). Every system
 * starts from `aaeRecipes.ours` (augmentation variants: without its mixup, as they were run); a `model` override replaces the recipe's whole model, so it is
 * spelled out in full. The raw / real-only baseline is always run, so every row has its paired
 * test against it.
 */
const oursModel = {
  hidden: [256, 256],
  discriminatorHidden: [256, 256],
  dropout: 0.5,
  discriminatorDropout: 0,
  conditionDiscriminator: true,
};
const env = (name: string): string[] | undefined =>
  process.env[name]
    ?.split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
const numbers = (name: string, fallback: number[]): number[] => env(name)?.map(Number) ?? fallback;
const codeSizes = numbers('ABLATION_SIZES', [2, 10]);
const perClass = [10, 25, 50, 100];

/**
 * Compression variants: label → overrides of the `ours` recipe. Labels without "mixup" turn the
 * recipe's mixup off: they are the variants of docs/aae-study.md made before mixup joined it.
 */
// The recipe as these variants were run (before 2026-12-03, without its step cap, which RAVDESS never reaches).
const v1 = { maxSteps: undefined };
const noMixup = { ...v1, classMixup: 0 };
const compression: Record<string, Record<string, unknown>> = {
  ours: noMixup,
  'adv 0.03': { ...noMixup, adversarialWeight: 0.03 },
  'adv 0.01': { ...noMixup, adversarialWeight: 0.01 },
  'adv 0.003': { ...noMixup, adversarialWeight: 0.003 },
  'no adversary': { ...noMixup, adversarialWeight: 0 },
  'adv 0.01, 50 epochs': { ...noMixup, adversarialWeight: 0.01, epochs: 50 },
  'adv 0.01, head 3': { ...noMixup, adversarialWeight: 0.01, supervisedWeight: 3 },
  'adv 0.01, input dropout 0.2': { ...noMixup, adversarialWeight: 0.01, model: { ...oursModel, inputDropout: 0.2 } },
  'adv 0.01, dropout 0.3': { ...noMixup, adversarialWeight: 0.01, model: { ...oursModel, dropout: 0.3 } },
  'ours, mixup 0.5': v1,
  'ours, mixup 1.0': { ...v1, classMixup: 1 },
  'ours, mixup 0.5, 50 epochs': { ...v1, epochs: 50 },
  'ours, mixup 0.5, adv 0.03': { ...v1, adversarialWeight: 0.03 },
  'ours, lda order': { ...v1, priorOrder: 'lda' },
  'ours, mixup 0.5, adv 0.01, balanced head': { adversarialWeight: 0.01, balanceClasses: true },
  'ours, mixup 0.5, balanced head': { balanceClasses: true },
};

/**
 * Augmentation variants: label → sampling (around codes with a spread, or from the prior), code
 * size and overrides of `ours` without its mixup.
 */
const augment: Record<
  string,
  { spread?: number; codeSize?: number; balance?: boolean; residual?: boolean; training?: Record<string, unknown> }
> = {
  'aug spread 0.25': { spread: 0.25 },
  'aug spread 0.5': { spread: 0.5 },
  'aug spread 1.0': { spread: 1.0 },
  'aug adv 0.01 spread 0.5': { spread: 0.5, training: { adversarialWeight: 0.01 } },
  'aug adv 0.01 spread 0.25': { spread: 0.25, training: { adversarialWeight: 0.01 } },
  'aug d10 spread 0.5': { spread: 0.5, codeSize: 10 },
  'aug balanced spread 0.5': { spread: 0.5, balance: true },
  'aug balanced spread 1.0': { spread: 1.0, balance: true },
  'aug balanced d10 spread 0.5': { spread: 0.5, codeSize: 10, balance: true },
  'aug residual spread 0.5': { spread: 0.5, residual: true },
  'aug residual spread 1.0': { spread: 1.0, residual: true },
  'aug balanced residual spread 0.5': { spread: 0.5, balance: true, residual: true },
  'aug balanced residual spread 1.0': { spread: 1.0, balance: true, residual: true },
  'aug mixup, prior': { training: { classMixup: 0.5 } },
  'aug mixup, prior, lda order': { training: { classMixup: 0.5, priorOrder: 'lda' } },
  'aug mixup, balanced residual, lda order': {
    spread: 0.5,
    balance: true,
    residual: true,
    training: { classMixup: 0.5, priorOrder: 'lda' },
  },
};

const wanted = env('ABLATION_SYSTEMS');
const keep = (label: string): boolean => wanted === undefined || wanted.includes(label);
const isAugment = wanted?.some((l) => l in augment) ?? false;

export default {
  name: 'aae-ablation',
  title: 'Ablations of our AAE recipe, 4 emotion classes (UAR %)',
  classes: ['angry', 'happy', 'neutral', 'sad'],
  folds: { kind: 'group-k-fold', k: 6 },
  normalization: 'per-speaker',
  seeds: numbers('ABLATION_SEEDS', [0]),
  classifier: { kernel: 'rbf', C: 1, gamma: 'scale' },
  baseline: isAugment ? 'real-only' : 'raw 1582',
  systems: [
    { method: 'raw', label: isAugment ? 'real-only' : 'raw 1582' },
    ...Object.entries(compression)
      .filter(([label]) => keep(label))
      .map(([label, overrides]) => ({ method: 'aae', label, codeSizes, training: { recipe: 'ours', ...overrides } })),
    ...Object.entries(augment)
      .filter(([label]) => keep(label))
      .map(([label, a]) => ({
        method: 'augment',
        label,
        codeSize: a.codeSize ?? 2,
        perClass,
        balance: a.balance ?? false,
        sampling: a.spread === undefined ? { from: 'prior' } : { from: 'codes', spread: a.spread, residual: a.residual ?? false },
        training: { recipe: 'ours', ...noMixup, ...a.training },
      })),
  ],
};
