import { applyStandardizer, EmocodeError, fitStandardizer, parseOptions, standardizePerGroup } from '@emocode/core';
import { trainAae, type TrainAaeOptions, type TrainedAae, type TrainHooks } from '@emocode/training';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  bundleFiles,
  classifierKinds,
  type ClassifierKind,
  type ModelBundle,
  type ModelBundleManifest,
} from '../bundle-format.js';
import { FEATURE_SET } from '../parse-bundle.js';
import { fitPlattSigmoid } from '../platt.js';
import { SUPPORT_VECTORS } from '../svm-classifier.js';
import { crossValidate, primaryMode, type CrossValidation, type TrainBundleInput } from './cross-validate.js';
import { fitClassifier, headOf } from './fit-classifiers.js';
import { trainBundleOptions, type ResolvedTrainBundleOptions, type TrainBundleOptions } from './train-bundle-options.js';
import { encodeWeights, pickGroups } from './weights-file.js';

const selectionRule =
  'highest mean cross-validated UAR on held-out training speakers, normalised like the training rows; ties to the earlier of svm-code, svm-raw, head';

/** Progress of `trainBundle`: every AAE's epochs, and which stage runs. */
export interface TrainBundleHooks {
  readonly training?: TrainHooks;
  stage?(stage: string): void;
}

function checkInput(input: TrainBundleInput): void {
  const dims = FEATURE_SET.names.length;
  const rows = input.labels.length;
  const sameNames = input.featureNames.length === dims && input.featureNames.every((n, i) => n === FEATURE_SET.names[i]);
  if (!sameNames) {
    throw new EmocodeError(
      'EMOCODE_INVALID_INPUT',
      `trainBundle: features must be the ${dims} ${FEATURE_SET.name} features in extractor order (what predictions compute), got ${input.featureNames.length} columns starting ${input.featureNames.slice(0, 2).join(', ')}.`,
    );
  }
  if (input.features.length !== rows * dims || input.speakers.length !== rows) {
    throw new EmocodeError(
      'EMOCODE_SHAPE_MISMATCH',
      `trainBundle: features must hold ${rows} rows x ${dims} values and one speaker per row, got ${input.features.length} values and ${input.speakers.length} speakers.`,
    );
  }
  const present = new Set(input.labels);
  const missing = input.classes.filter((_, c) => !present.has(c));
  if (input.classes.length < 2 || missing.length > 0 || [...present].some((c) => c < 0 || c >= input.classes.length)) {
    throw new EmocodeError(
      'EMOCODE_INVALID_INPUT',
      `trainBundle: labels must be class indices with rows of each of the ${input.classes.length} classes, got none for ${missing.join(', ') || '(an index out of range)'}.`,
    );
  }
}

function choose(cv: CrossValidation, o: ResolvedTrainBundleOptions): ClassifierKind {
  if (o.classifier !== 'auto') {
    if (!cv.uar[o.classifier])
      throw new EmocodeError(
        'EMOCODE_INVALID_OPTIONS',
        `trainBundle: classifier ${o.classifier} needs an AAE with a supervised head (supervisedWeight > 0), got none. Pick svm-code or svm-raw.`,
      );
    return o.classifier;
  }
  const score = (kind: ClassifierKind) => cv.uar[kind]?.[primaryMode(o)] ?? -1;
  return classifierKinds.reduce((best, kind) => (score(kind) > score(best) ? kind : best));
}

/**
 * Trains a model bundle: cross-validates (speaker-grouped) an SVM on the AAE's code, an SVM on
 * the normalised features and the code's supervised head, keeps the best by UAR (or
 * `classifier`), trains the final AAE on every row (or takes `model`, which must have been
 * trained on these rows normalised as `normalization` says) and calibrates the SVM's pairwise
 * Platt sigmoids on the out-of-fold decision values. Only what prediction needs is kept: the
 * encoder, the chosen classifier (its support vectors in the weights file), the statistics.
 * @throws EmocodeError EMOCODE_INVALID_INPUT (not IS10, a class without rows), EMOCODE_INVALID_OPTIONS.
 * @example const bundle = await trainBundle({ features, featureNames, labels, classes, speakers }, { training: aaeRecipes.ours })
 */
export async function trainBundle(
  input: TrainBundleInput,
  options: TrainBundleOptions = {},
  hooks: TrainBundleHooks = {},
  model?: TrainedAae,
): Promise<ModelBundle> {
  const o = parseOptions(trainBundleOptions, options, 'trainBundle');
  checkInput(input);
  const training = o.training as TrainAaeOptions;
  const dims = input.featureNames.length;
  const k = input.classes.length;
  const rows = input.labels.length;
  hooks.stage?.(`cross-validation (${o.cvFolds} speaker folds)`);
  const cv = await crossValidate(input, o, training, hooks.training);
  const chosen = choose(cv, o);
  const pooled = fitStandardizer(
    input.features,
    dims,
    Int32Array.from({ length: rows }, (_, i) => i),
  );
  const x =
    o.normalization === 'per-speaker'
      ? standardizePerGroup(input.features, dims, input.speakers)
      : applyStandardizer(pooled, input.features, dims);
  if (!model) hooks.stage?.('final model (every row)');
  const final = model ?? (await trainAae(x, dims, input.labels, { ...training, classes: k, seed: o.seed }, hooks.training));
  try {
    const artifacts = await final.toArtifacts();
    const head = await headOf(final, k);
    const fitted = fitClassifier(
      chosen,
      { x, codes: final.encode(x, rows) },
      input.labels,
      { features: dims, code: final.codeSize },
      o.svm,
      head,
    );
    const svm = fitted?.svm;
    const stored = pickGroups(artifacts.manifest.weightSpecs, artifacts.weights, chosen === 'head' ? ['encoder', 'head'] : ['encoder']);
    const kernels = stored.filter((w) => w.name.startsWith('encoder/') && w.shape.length === 2);
    const { specs, buffer } = encodeWeights([
      ...stored,
      ...(svm ? [{ name: SUPPORT_VECTORS, shape: [svm.svCount, svm.dims], values: svm.supportVectors }] : []),
    ]);
    const decision = cv.decision[chosen];
    const prior = final.prior.options;
    const manifest: ModelBundleManifest = {
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      featureSet: { name: FEATURE_SET.name, extractorVersion: FEATURE_SET.extractorVersion, names: [...FEATURE_SET.names] },
      classes: [...input.classes],
      normalization: {
        kind: o.normalization,
        mean: [...pooled.mean],
        scale: [...pooled.scale],
        constantColumns: [...pooled.constantColumns],
        minSpeakerFiles: o.minSpeakerFiles,
        fittedOn: { rows, speakers: new Set(input.speakers).size },
      },
      encoder: {
        sizes: [dims, ...kernels.map((w) => w.shape[1] as number)],
        activation: (artifacts.manifest.model['activation'] ?? 'relu') as ModelBundleManifest['encoder']['activation'],
      },
      prior: { means: [...final.prior.means], sd: prior.kind === 'class-gaussian-mixture' ? prior.componentSd : 1 },
      classifier: {
        kind: chosen,
        ...(svm && decision
          ? {
              svm: {
                kernel: svm.kernel,
                gamma: svm.gamma,
                dims: svm.dims,
                svCount: svm.svCount,
                classes: [...svm.classes],
                pairs: svm.pairs.map((p) => ({ first: p.first, second: p.second, sv: [...p.sv], coef: [...p.coef], rho: p.rho })),
                platt: svm.pairs.map((p, pair) => plattOfPair(decision, input.labels, svm.pairs.length, pair, p.first, p.second)),
              },
            }
          : {}),
      },
      selection: {
        rule: o.classifier === 'auto' ? selectionRule : `fixed by option: ${o.classifier}`,
        folds: o.cvFolds,
        crossValidatedUar: cv.uar,
      },
      training: {
        spec: {
          training: o.training,
          normalization: o.normalization,
          cvFolds: o.cvFolds,
          classifier: o.classifier,
          svm: o.svm,
          minSpeakerFiles: o.minSpeakerFiles,
        },
        seed: o.seed,
        rows,
        speakers: [...new Set(input.speakers)].sort(),
      },
      weightsFile: bundleFiles.weights,
      weightSpecs: specs,
    };
    return { manifest, weights: buffer };
  } finally {
    if (!model) final.dispose();
  }
}

/** Platt's sigmoid of one pair, fitted on the out-of-fold decision values of the pair's two classes. */
function plattOfPair(decision: Float64Array, labels: Int32Array, pairs: number, pair: number, first: number, second: number) {
  const rows = [...labels.keys()].filter((r) => labels[r] === first || labels[r] === second);
  return fitPlattSigmoid(
    rows.map((r) => decision[r * pairs + pair]),
    rows.map((r) => labels[r] === first),
  );
}
