import { EmocodeError } from '@emocode/core';
import { bundleFiles } from './bundle-format.js';
import { createEmotionModel, type EmotionModel } from './emotion-model.js';
import { parseBundle } from './parse-bundle.js';

const urlPattern = /^[a-z][a-z0-9+.-]*:\/\//i;

async function fetchOk(url: URL): Promise<Response> {
  const response = await fetch(url).catch((error: unknown) => {
    throw new EmocodeError(
      'EMOCODE_NOT_FOUND',
      `loadModel: cannot fetch ${url.href} (${(error as Error).message}). Check the bundle URL.`,
      { cause: error },
    );
  });
  if (!response.ok)
    throw new EmocodeError('EMOCODE_NOT_FOUND', `loadModel: ${url.href} answered HTTP ${response.status}. Check the bundle URL.`);
  return response;
}

async function fetchBundle(base: URL): Promise<{ json: unknown; weights: ArrayBuffer }> {
  const folder = base.href.endsWith('/') ? base : new URL(`${base.href}/`);
  const json = (await (await fetchOk(new URL(bundleFiles.manifest, folder))).json()) as { weightsFile?: unknown };
  const file = typeof json.weightsFile === 'string' ? json.weightsFile : bundleFiles.weights;
  return { json, weights: await (await fetchOk(new URL(file, folder))).arrayBuffer() };
}

// A specifier in a variable: bundlers leave the import alone, so a browser bundle holds no node
// module; Node resolves it beside this file at run time (the .ts file when run from source).
const nodeReaderPath = `./node/read-bundle-directory.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`;

async function nodeReader(): Promise<typeof import('./node/read-bundle-directory.js')> {
  if (typeof process === 'undefined' || !process.versions?.node) {
    throw new EmocodeError(
      'EMOCODE_UNSUPPORTED',
      'loadModel: outside Node a bundle must be a URL (http://, https://, …), got a path. Serve the bundle folder and pass its URL.',
    );
  }
  return (await import(/* @vite-ignore */ nodeReaderPath)) as typeof import('./node/read-bundle-directory.js');
}

/**
 * Loads a model bundle: a URL (`http(s)://…/bundle/`, fetched: works in browsers and Node) or,
 * in Node, a folder path. Features are then computed in the same process.
 * @throws EmocodeError EMOCODE_NOT_FOUND (no bundle there), EMOCODE_UNSUPPORTED (a bundle of
 *   another format version or feature set, saying which), EMOCODE_INVALID_OPTIONS (malformed).
 * @example
 * const model = await loadModel('https://example.org/models/ravdess-4class/');
 * const { label, probabilities, code } = model.predict(samples, 16000);
 */
export async function loadModel(source: string | URL): Promise<EmotionModel> {
  const name = String(source);
  const isUrl = source instanceof URL || urlPattern.test(name);
  const { json, weights } = isUrl ? await fetchBundle(new URL(name)) : await (await nodeReader()).readBundleDirectory(name);
  return createEmotionModel(parseBundle(json, weights, name));
}
