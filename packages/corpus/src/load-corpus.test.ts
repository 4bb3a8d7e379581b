import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusSearchPaths } from './find-corpus-root.js';
import { corpusLabelColumns } from './corpus-label-columns.js';
import { loadCorpus } from './load-corpus.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'emocode-corpus-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('corpus search', () => {
  it('searches EMOCODE_DATA, data/corpora and ../shared/corpora, with the ravdess alias', () => {
    expect(corpusSearchPaths('ravdess', { dataDir: '/d', repoRoot: '/r/main' })).toEqual([
      '/d/ravdess',
      '/d/ravdess-speech-16k',
      '/r/main/data/corpora/ravdess',
      '/r/main/data/corpora/ravdess-speech-16k',
      '/r/shared/corpora/ravdess',
      '/r/shared/corpora/ravdess-speech-16k',
    ]);
  });

  it('prefers EMOCODE_DATA over the repository folders', async () => {
    await mkdir(join(dir, 'env', 'ravdess', 'Actor_03'), { recursive: true });
    await writeFile(join(dir, 'env', 'ravdess', 'Actor_03', '03-01-02-01-01-01-03.wav'), '');
    const corpus = await loadCorpus('ravdess', { dataDir: join(dir, 'env'), repoRoot: join(dir, 'repo') });
    expect(corpus.root).toBe(join(dir, 'env', 'ravdess'));
    expect(corpus.utterances[0]!.label).toBe('calm');
  });

  it('says where it looked and how to get a missing corpus', async () => {
    const failure = loadCorpus('iemocap', { dataDir: join(dir, 'nowhere'), repoRoot: join(dir, 'repo') });
    await expect(failure).rejects.toThrow(expect.objectContaining({ code: 'EMOCODE_NOT_FOUND' }));
    await expect(failure).rejects.toThrow(
      new RegExp(
        `looked in ${dir}/nowhere/iemocap, ${dir}/repo/data/corpora/iemocap, ${dir}/shared/corpora/iemocap\\. IEMOCAP is licensed.*or pass root \\(CLI: --root\\)\\.$`,
      ),
    );
    await expect(loadCorpus('ravdess', { dataDir: join(dir, 'nowhere'), repoRoot: join(dir, 'repo'), download: false })).rejects.toThrow(
      /ravdess-speech-16k\. Run with network access to download it from https:\/\/zenodo\.org\/records\/1188976/,
    );
    await expect(loadCorpus('timit')).rejects.toThrow(/name must be one of ravdess, iemocap, emodb or a manifest \*\.csv, got "timit"/);
  });
});

describe('CSV manifest', () => {
  it('reads path, speaker, label, optional group and extra columns; ids are relative paths', async () => {
    const file = join(dir, 'mine', 'manifest.csv');
    await mkdir(join(dir, 'mine'), { recursive: true });
    await writeFile(file, 'path,speaker,label,group,age\na/1.wav,s1,sad,g1,30\nb/2.wav,s2,"hap,py",,41\n');
    const corpus = await loadCorpus(file);
    expect(corpus.utterances.map((u) => [u.id, u.speaker, u.group, u.label, u.extra.age])).toEqual([
      ['a/1.wav', 's1', 'g1', 'sad', '30'],
      ['b/2.wav', 's2', 's2', 'hap,py', '41'],
    ]);
    expect(corpus.utterances[0]!.path).toBe(join(dir, 'mine', 'a', '1.wav'));
    expect(corpusLabelColumns(corpus)).toEqual({
      name: ['a/1.wav', 'b/2.wav'],
      speaker: ['s1', 's2'],
      label: ['sad', 'hap,py'],
      group: ['g1', 's2'],
      age: ['30', '41'],
    });
  });

  it('names the file, line and column that is missing or empty', async () => {
    const file = join(dir, 'bad.csv');
    await writeFile(file, 'path,label\nx.wav,sad\n');
    await expect(loadCorpus(file)).rejects.toThrow(
      /bad\.csv:1: the header must contain path, speaker and label, got "path,label" \(missing speaker\)/,
    );
    await writeFile(file, 'path,speaker,label\nx.wav,s1,sad\ny.wav,,sad\n');
    await expect(loadCorpus(file)).rejects.toThrow(/bad\.csv:3: speaker must not be empty/);
  });
});
