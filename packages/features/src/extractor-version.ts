/**
 * Bumped by hand for changes that alter values without changing code in this package
 * (none so far). Model bundles record it with the feature set they were trained on; the cache
 * additionally fingerprints the code (`extractorFingerprint` in @emocode/features/node).
 */
export const EXTRACTOR_VERSION = 'is10-1';
