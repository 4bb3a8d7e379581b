import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { groupKFold } from '@emocode/core';
import { loadCorpus } from '../load-corpus.js';
import { summarizeCorpus } from '../summarize-corpus.js';
import { parseRavdessName } from './ravdess.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../../..');
const shared = resolve(repoRoot, '../shared/corpora/ravdess-speech-16k');

describe('parseRavdessName', () => {
  it('decodes the seven fields', () => {
    expect(parseRavdessName('03-01-05-02-01-02-12.wav')).toEqual({
      modality: '03',
      vocalChannel: '01',
      emotion: 'angry',
      intensity: 'strong',
      statement: '01',
      repetition: '02',
      actor: 12,
      gender: 'female',
    });
    expect(parseRavdessName('03-01-08-01-02-01-07.wav').emotion).toBe('surprised');
  });

  it('rejects names off the convention', () => {
    expect(() => parseRavdessName('03-01-09-01-01-01-01.wav')).toThrow(/emotion 01\.\.08, got "03-01-09-01-01-01-01\.wav"/);
    expect(() => parseRavdessName('hello.wav')).toThrow(/MM-VV-EE-II-SS-RR-AA/);
  });
});

describe.skipIf(!existsSync(shared))('loadCorpus ravdess (shared 16 kHz copy)', () => {
  it('finds 1440 utterances of 24 actors and 8 labels; 672 in 4 classes', async () => {
    const all = summarizeCorpus(await loadCorpus('ravdess', { repoRoot, dataDir: resolve(repoRoot, 'no-such-dir'), download: false }));
    expect(all.root).toBe(shared);
    expect([all.utterances, all.speakers, Object.keys(all.labels).length]).toEqual([1440, 24, 8]);
    expect(all.labels.neutral).toBe(96);
    expect(all.labels.calm).toBe(192);
    const four = await loadCorpus('ravdess', { repoRoot, classes: ['angry', 'happy', 'neutral', 'sad'], download: false });
    expect(four.utterances).toHaveLength(672);
    expect(four.utterances[0]!.id).toBe('Actor_01/03-01-01-01-01-01-01.wav');
    const folds = groupKFold(
      four.utterances.map((u) => u.speaker),
      6,
      1,
    );
    expect(folds.map((f) => f.testGroups.length)).toEqual([4, 4, 4, 4, 4, 4]);
  });

  it('rejects a class RAVDESS does not have', async () => {
    await expect(loadCorpus('ravdess', { repoRoot, classes: ['angry', 'excited'], download: false })).rejects.toThrow(
      /classes must be labels of ravdess \(angry, calm, .*\), got excited/,
    );
  });
});
