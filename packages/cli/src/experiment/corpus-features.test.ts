import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '@emocode/corpus';
import { corpusFeatures } from './corpus-features.js';

const emodb = resolve(fileURLToPath(import.meta.url), '../../../../../../shared/corpora/emodb-16k');
const temp: string[] = [];
afterAll(() => Promise.all(temp.map((d) => rm(d, { recursive: true, force: true }))));

describe.skipIf(!existsSync(emodb))('corpusFeatures', () => {
  it('extracts every utterance once into data/features/<corpus>-is10-…csv, then reuses the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'emocode-corpus-features-'));
    temp.push(dir);
    for (const f of ['03a01Wa.wav', '08a01Na.wav']) await copyFile(join(emodb, f), join(dir, f));
    await writeFile(join(dir, 'tiny.csv'), 'path,speaker,label\n03a01Wa.wav,03,angry\n08a01Na.wav,08,neutral\n');
    const corpus = await loadCorpus(join(dir, 'tiny.csv'));
    let log = '';
    const file = await corpusFeatures(corpus, 'is10', join(dir, 'repo'), (t) => void (log += t));
    expect(file).toMatch(new RegExp(`^${dir}/repo/data/features/tiny-is10-1-[0-9a-f]{12}\\.csv$`));
    expect(log).toMatch(/extracting the is10 features of .*tiny\.csv \(2 files\)/);
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    expect(lines.map((l) => l.split(';')[0])).toEqual(['name', "'03a01Wa.wav'", "'08a01Na.wav'"]);
    expect(lines[1]!.split(';')).toHaveLength(2 + 1582);
    let again = '';
    expect(await corpusFeatures(corpus, 'is10', join(dir, 'repo'), (t) => void (again += t))).toBe(file);
    expect(again).toBe('');
    // A table emocode did not write (here: edited since) is neither used nor replaced.
    await writeFile(file, `${lines.join('\n')}\n# edited\n`);
    await expect(corpusFeatures(corpus, 'is10', join(dir, 'repo'), () => {})).rejects.toThrow(/emocode did not write it/);
    expect(await readFile(file, 'utf8')).toMatch(/# edited\n$/);
  }, 120_000);
});
