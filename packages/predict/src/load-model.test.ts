import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelBundle } from './bundle-format.js';
import { loadModel } from './load-model.js';
import { writeBundleDirectory } from './node/write-bundle-directory.js';
import { serveFolder } from './testing/serve-folder.js';
import { syntheticRows, tinyBundle } from './testing/tiny-bundle.js';

describe('loadModel', () => {
  let dir: string;
  let bundle: ModelBundle;
  let server: Awaited<ReturnType<typeof serveFolder>>;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'emocode-load-'));
    bundle = await tinyBundle();
    await writeBundleDirectory(join(dir, 'bundle'), bundle);
    server = await serveFolder(dir);
  }, 120_000);
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the same model from a folder and from a URL (fetch, as in a browser)', async () => {
    const rows = syntheticRows(5);
    const fromDir = await loadModel(join(dir, 'bundle'));
    const fromUrl = await loadModel(`${server.base}bundle`);
    expect(fromUrl.predictFeatures(rows.features, 60)).toEqual(fromDir.predictFeatures(rows.features, 60));
    expect(fromDir.classes).toEqual(['calm', 'glad', 'grim']);
    await expect(loadModel(`${server.base}missing/`)).rejects.toThrow(/answered HTTP 404/);
  });

  it('refuses a bundle of another format version or feature set, saying why', async () => {
    const write = async (name: string, change: Record<string, unknown>) => {
      const folder = join(dir, name);
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, 'bundle.json'), JSON.stringify({ ...bundle.manifest, ...change }));
      await writeFile(join(folder, 'weights.bin'), new Uint8Array(bundle.weights));
      return folder;
    };
    await expect(loadModel(await write('v2', { formatVersion: 2 }))).rejects.toThrow(/format version 2, but this emocode reads version 1/);
    const egemaps = { ...bundle.manifest.featureSet, name: 'egemaps' };
    await expect(loadModel(await write('egemaps', { featureSet: egemaps }))).rejects.toThrow(
      /feature set "egemaps", but predictions compute is10/,
    );
    const old = { ...bundle.manifest.featureSet, extractorVersion: 'is10-0' };
    await expect(loadModel(await write('old', { featureSet: old }))).rejects.toThrow(/extractor "is10-0"/);
    await expect(loadModel(await write('extra', { extra: 1 }))).rejects.toThrow(/EMOCODE|extra|Unrecognized/);
    await expect(loadModel(join(dir, 'nothing'))).rejects.toThrow(/bundle.json does not exist/);
  });

  it('never writes a bundle over a folder that is not one', async () => {
    const folder = join(dir, 'mine');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'notes.txt'), 'keep');
    await expect(writeBundleDirectory(folder, bundle)).rejects.toThrow(/is not a model bundle/);
    expect(await readFile(join(folder, 'notes.txt'), 'utf8')).toBe('keep');
  });
});
