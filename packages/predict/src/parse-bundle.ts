import { EmocodeError, parseOptions } from '@emocode/core';
import { featureSet, IS10_FEATURE_NAMES } from '@emocode/features';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, modelBundleManifest, type ModelBundle, type ModelBundleManifest } from './bundle-format.js';

/** The feature set this build computes in-process. */
export const FEATURE_SET = { name: 'is10', extractorVersion: featureSet('is10').version, names: IS10_FEATURE_NAMES } as const;

function fail(source: string, why: string): never {
  throw new EmocodeError('EMOCODE_UNSUPPORTED', `loadModel: ${source} ${why}`);
}

/**
 * Checks what a bundle was made for before reading the rest, so a bundle of another format
 * version or feature set fails with the reason, not with a list of schema errors.
 * @throws EmocodeError EMOCODE_UNSUPPORTED (other format, version, feature set or extractor),
 *   EMOCODE_INVALID_OPTIONS (a malformed manifest), EMOCODE_SHAPE_MISMATCH (weights of the wrong size).
 */
export function parseBundle(json: unknown, weights: ArrayBuffer, source: string): ModelBundle {
  const head = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (head['format'] !== BUNDLE_FORMAT)
    fail(
      source,
      `must be an ${BUNDLE_FORMAT} (bundle.json "format"), got ${JSON.stringify(head['format'])}. Pass the folder that \`emocode train\` wrote as <out>/bundle.`,
    );
  if (head['formatVersion'] !== BUNDLE_FORMAT_VERSION) {
    fail(
      source,
      `has format version ${JSON.stringify(head['formatVersion'])}, but this emocode reads version ${BUNDLE_FORMAT_VERSION}. Retrain it with this version's \`emocode train\`, or use the emocode that wrote it.`,
    );
  }
  const features = (head['featureSet'] ?? {}) as Record<string, unknown>;
  if (features['name'] !== FEATURE_SET.name)
    fail(
      source,
      `was trained on the feature set ${JSON.stringify(features['name'])}, but predictions compute ${FEATURE_SET.name}. Retrain it on ${FEATURE_SET.name} features.`,
    );
  if (features['extractorVersion'] !== FEATURE_SET.extractorVersion) {
    fail(
      source,
      `was trained on features of extractor ${JSON.stringify(features['extractorVersion'])}, but this build extracts ${FEATURE_SET.extractorVersion}; its values would not match. Retrain it.`,
    );
  }
  const manifest = parseOptions(modelBundleManifest, json, `loadModel: ${source}`);
  checkShapes(manifest, weights, source);
  return { manifest, weights };
}

function checkShapes(m: ModelBundleManifest, weights: ArrayBuffer, source: string): void {
  const dims = FEATURE_SET.names.length;
  const sameNames = m.featureSet.names.length === dims && m.featureSet.names.every((n, i) => n === FEATURE_SET.names[i]);
  if (!sameNames)
    fail(
      source,
      `lists ${m.featureSet.names.length} feature names that are not the ${dims} ${FEATURE_SET.name} names in extractor order. Retrain it on ${FEATURE_SET.name} features.`,
    );
  const bad = (what: string, expected: number, got: number) => {
    throw new EmocodeError(
      'EMOCODE_SHAPE_MISMATCH',
      `loadModel: ${source}: ${what} must have ${expected} values, got ${got}. The bundle is damaged; rebuild it.`,
    );
  };
  if (m.normalization.mean.length !== dims) bad('normalization.mean', dims, m.normalization.mean.length);
  if (m.normalization.scale.length !== dims) bad('normalization.scale', dims, m.normalization.scale.length);
  if (m.encoder.sizes[0] !== dims) bad('the encoder input', dims, m.encoder.sizes[0] ?? 0);
  const bytes = m.weightSpecs.reduce((sum, s) => sum + 4 * s.shape.reduce((a, b) => a * b, 1), 0);
  if (bytes !== weights.byteLength) bad(`${m.weightsFile} (bytes)`, bytes, weights.byteLength);
  if (m.classifier.kind !== 'head' && m.classifier.svm === undefined)
    fail(source, `names the classifier ${m.classifier.kind} but holds no SVM. Rebuild it.`);
}
