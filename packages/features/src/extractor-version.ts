/**
 * Bumped by hand for changes that alter values without changing code in this package
 * (none so far); the cache additionally fingerprints the code (`extractorFingerprint` in
 * @emocode/features/node), and each feature set adds its own `version` (model bundles record that one).
 */
export const EXTRACTOR_VERSION = 'features-1';
