import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder } from './testing/serve-folder.js';
import { voicedSignal } from './testing/tiny-bundle.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const bundled = resolve(here, '../models/ravdess-4class');

describe('a browser bundle of @emocode/predict', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof serveFolder>>;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'emocode-browser-'));
    server = await serveFolder(bundled);
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('builds for platform browser with no node module, loads the bundled model by URL and predicts samples', async () => {
    const result = await build({
      entryPoints: [join(here, 'index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      conditions: ['@emocode/source'],
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((f) => f.includes('src/node/') || f.startsWith('node:'))).toBe(false);
    const file = join(dir, 'predict.browser.mjs');
    await writeFile(file, result.outputFiles[0]!.contents);
    const browser = (await import(pathToFileURL(file).href)) as typeof import('./index.js');
    const model = await browser.loadModel(server.base);
    const prediction = model.predict(voicedSignal(1.5), 16000);
    expect(model.classes).toEqual(['angry', 'happy', 'neutral', 'sad']);
    expect(model.classes).toContain(prediction.label);
    expect(Object.values(prediction.probabilities).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(prediction.code).toHaveLength(2);
  });
});
