import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusSearchPaths } from '../find-corpus-root.js';
import { loadCorpus } from '../load-corpus.js';
import { summarizeCorpus } from '../summarize-corpus.js';
import { parseEmodbName } from './emodb.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../../..');
const shared = resolve(repoRoot, '../shared/corpora/emodb-16k');
const temp: string[] = [];
afterAll(() => Promise.all(temp.map((d) => rm(d, { recursive: true, force: true }))));

describe('parseEmodbName', () => {
  it('decodes speaker, text, emotion letter (German initials) and version; gender from the speaker', () => {
    expect(parseEmodbName('03a01Wa.wav')).toEqual({ speaker: '03', text: 'a01', emotion: 'angry', version: 'a', gender: 'male' });
    expect(parseEmodbName('16b10Lb.wav')).toMatchObject({ speaker: '16', emotion: 'boredom', gender: 'female' });
    const letters = ['W', 'L', 'E', 'A', 'F', 'T', 'N'].map((e) => parseEmodbName(`08a02${e}c.wav`).emotion);
    expect(letters).toEqual(['angry', 'boredom', 'disgust', 'fearful', 'happy', 'sad', 'neutral']);
  });

  it('rejects names off the convention, naming them', () => {
    expect(() => parseEmodbName('03a01Xa.wav')).toThrow(/emotion letter W\/L\/E\/A\/F\/T\/N.*got "03a01Xa\.wav"/);
    expect(() => parseEmodbName('03-01-05-02-01-01-12.wav')).toThrow(/SSTTTEV\.wav/);
  });
});

describe('loadCorpus emodb', () => {
  it('is searched under emodb and emodb-16k', () => {
    expect(corpusSearchPaths('emodb', { dataDir: '/d', repoRoot: '/r/main' })).toEqual([
      '/d/emodb',
      '/d/emodb-16k',
      '/r/main/data/corpora/emodb',
      '/r/main/data/corpora/emodb-16k',
      '/r/shared/corpora/emodb',
      '/r/shared/corpora/emodb-16k',
    ]);
  });

  it('reads the wav/ folder of the original archive, and says where it looked when missing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'emocode-emodb-'));
    temp.push(dir);
    await mkdir(join(dir, 'emodb', 'wav'), { recursive: true });
    await writeFile(join(dir, 'emodb', 'wav', '11b03Tc.wav'), '');
    const corpus = await loadCorpus('emodb', { dataDir: dir, repoRoot: join(dir, 'repo') });
    expect(corpus.utterances.map((u) => [u.id, u.speaker, u.label, u.extra.gender])).toEqual([['wav/11b03Tc.wav', '11', 'sad', 'male']]);
    await expect(loadCorpus('emodb', { dataDir: join(dir, 'none'), repoRoot: join(dir, 'repo') })).rejects.toThrow(
      /corpus "emodb" was not found.*emodb-16k\. EmoDB is free for research use/,
    );
  });
});

describe.skipIf(!existsSync(shared))('loadCorpus emodb (shared 16 kHz copy)', () => {
  it('finds 535 utterances of 10 speakers and 7 labels; 339 in 4 classes; agrees with labels.csv', async () => {
    const all = await loadCorpus('emodb', { repoRoot, dataDir: resolve(repoRoot, 'no-such-dir') });
    const summary = summarizeCorpus(all);
    expect(summary.root).toBe(shared);
    expect([summary.utterances, summary.speakers, summary.groups]).toEqual([535, 10, 10]);
    expect(summary.labels).toEqual({ angry: 127, boredom: 81, disgust: 46, fearful: 69, happy: 71, neutral: 79, sad: 62 });
    const [, ...lines] = (await readFile(join(shared, 'labels.csv'), 'utf8')).trim().split('\n');
    const expected = new Map(
      lines
        .map((l) => l.split(','))
        .map(([name, speaker, label, gender]) => [`${name}.wav`, [speaker, label, gender === 'm' ? 'male' : 'female']]),
    );
    expect(all.utterances.map((u) => [u.id, [u.speaker, u.label, u.extra.gender]])).toEqual(
      [...expected].sort(([a], [b]) => (a! < b! ? -1 : 1)),
    );
    const four = summarizeCorpus(await loadCorpus('emodb', { repoRoot, classes: ['angry', 'happy', 'neutral', 'sad'] }));
    expect([four.utterances, four.speakers]).toEqual([339, 10]);
  });
});
