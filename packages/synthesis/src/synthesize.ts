import { assert, createFeatureTable, createRng, invertStandardizer, parseOptions, type FeatureTable } from '@emocode/core';
import { sampleAroundCodes } from './sample-around-codes.js';
import type { CodeDecoder, Prior } from '@emocode/model';
import { synthesizeOptions, type SynthesizeOptions } from './synthesize-options.js';

/**
 * Synthetic feature vectors: `perClass` codes per class (or `perClass[c]` for class c) sampled from the class's prior
 * component, decoded by the trained model, mapped back to the real features' units by the
 * standardizer. Rows are grouped by class; meta columns are `name` (`synthetic-<label>-<i>`),
 * `label` and `synthetic` (true). With `aroundCodes`, codes are drawn around encoded training
 * codes of each class instead of from the prior. Write it with `writeOpensmileCsv` from @emocode/features.
 * @param model a trained AAE (any CodeDecoder whose codes live where `prior` puts them).
 * @param prior the prior the model was trained against (`trained.prior`).
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS; EMOCODE_SHAPE_MISMATCH when classes, code size,
 *   standardizer or feature names do not fit the model and prior.
 * @example const table = synthesize(aae, aae.prior, { perClass: 100, classes: ['angry', 'happy', 'neutral', 'sad'], seed: 1, standardizer })
 */
export function synthesize(model: CodeDecoder, prior: Prior, options: SynthesizeOptions): FeatureTable {
  const o = parseOptions(synthesizeOptions, options, 'synthesize');
  const dims = model.inputDims;
  const fits = (ok: boolean, what: () => string) => assert(ok, () => `synthesize: ${what()}`, 'EMOCODE_SHAPE_MISMATCH');
  fits(o.classes.length === prior.classes, () => `classes must list the prior's ${prior.classes} classes, got ${o.classes.length}.`);
  const counts = typeof o.perClass === 'number' ? o.classes.map(() => o.perClass as number) : o.perClass;
  fits(counts.length === o.classes.length, () => `perClass must give one amount per class (${o.classes.length}), got ${counts.length}.`);
  fits(prior.codeSize === model.codeSize, () => `prior codeSize must equal the model's ${model.codeSize}, got ${prior.codeSize}.`);
  fits(
    !o.standardizer || (o.standardizer.mean.length === dims && o.standardizer.scale.length === dims),
    () => `standardizer must have ${dims} columns, got ${o.standardizer?.mean.length}.`,
  );
  fits(!o.featureNames || o.featureNames.length === dims, () => `featureNames must have ${dims} names, got ${o.featureNames?.length}.`);
  const labels = Int32Array.from(counts.flatMap((n, c) => Array<number>(n).fill(c)));
  const rows = labels.length;
  const rng = createRng(o.seed);
  const around = o.aroundCodes && sampleAroundCodes(o.aroundCodes, labels, model.codeSize, rng);
  const decoded = model.decode(around ? around.codes : prior.sample(labels, rng), rows);
  if (around && o.aroundCodes?.features) addResiduals(decoded, model, o.aroundCodes.codes, o.aroundCodes.features, around.bases);
  const labelNames = Array.from(labels, (c) => o.classes[c] as string);
  return createFeatureTable({
    names: o.featureNames ?? Array.from({ length: dims }, (_, j) => `f${j}`),
    data: o.standardizer ? invertStandardizer(asStandardizer(o.standardizer, dims), decoded, dims) : decoded,
    meta: {
      name: counts.flatMap((n, c) => Array.from({ length: n }, (_, i) => `synthetic-${o.classes[c]}-${i}`)),
      label: labelNames,
      synthetic: labelNames.map(() => true),
    },
  });
}

/** Adds to each decoded row its base row's reconstruction residual `x − decode(encode(x))`. */
function addResiduals(decoded: Float32Array, model: CodeDecoder, codes: Float32Array, features: Float32Array, bases: Int32Array): void {
  const dims = model.inputDims;
  const trainRows = codes.length / model.codeSize;
  assert(
    features.length === trainRows * dims,
    () => `synthesize: aroundCodes.features must be ${trainRows} x ${dims} values (one row per code), got ${features.length}.`,
    'EMOCODE_SHAPE_MISMATCH',
  );
  const reconstructed = model.decode(codes, trainRows);
  bases.forEach((base, i) => {
    for (let j = 0; j < dims; j++) decoded[i * dims + j] += features[base * dims + j] - reconstructed[base * dims + j];
  });
}

/** Accepts a core Standardizer or a bare `{ mean, scale }` (no constant columns). */
function asStandardizer(s: { mean: ArrayLike<number>; scale: ArrayLike<number> }, dims: number) {
  return { dims, mean: Float64Array.from(s.mean), scale: Float64Array.from(s.scale), constantColumns: new Int32Array(0) };
}
