import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../load-corpus.js';
import { summarizeCorpus } from '../summarize-corpus.js';
import { iemocapSpeaker, parseEmoEvaluation } from './iemocap.js';

let root: string;

/** Writes a two-session tree shaped like the IEMOCAP release. */
async function fixture(dir: string): Promise<void> {
  const sessions: Record<string, Record<string, [string, string][]>> = {
    Session1: {
      Ses01F_impro01: [
        ['Ses01F_impro01_F000', 'neu'],
        ['Ses01F_impro01_M001', 'ang'],
        ['Ses01F_impro01_F002', 'xxx'],
      ],
      Ses01M_script01_1: [
        ['Ses01M_script01_1_M000', 'exc'],
        ['Ses01M_script01_1_F001', 'hap'],
      ],
    },
    Session2: {
      Ses02F_impro03: [
        ['Ses02F_impro03_M000', 'sad'],
        ['Ses02F_impro03_F001', 'fru'],
      ],
    },
  };
  for (const [session, dialogs] of Object.entries(sessions)) {
    await mkdir(join(dir, session, 'dialog', 'EmoEvaluation'), { recursive: true });
    for (const [dialog, turns] of Object.entries(dialogs)) {
      const lines = ['% [START_TIME - END_TIME] TURN_NAME EMOTION [V, A, D]', ''];
      turns.forEach(([utt, code], i) => {
        lines.push(`[${i}.1000 - ${i}.9000]\t${utt}\t${code}\t[2.5000, 3.0000, 3.5000]`, `C-E1:\tNeutral state;\t()`, '');
      });
      await writeFile(join(dir, session, 'dialog', 'EmoEvaluation', `${dialog}.txt`), lines.join('\r\n'));
      await mkdir(join(dir, session, 'sentences', 'wav', dialog), { recursive: true });
      for (const [utt] of turns) await writeFile(join(dir, session, 'sentences', 'wav', dialog, `${utt}.wav`), 'RIFF');
    }
  }
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'emocode-iemocap-'));
  await fixture(root);
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('IEMOCAP', () => {
  it('parses EmoEvaluation summary lines and derives speakers', () => {
    const e = parseEmoEvaluation('[6.2901 - 8.2357]\tSes01F_impro01_F000\tneu\t[2.5000, 2.5000, 2.5000]\nC-E2:\tNeutral;\t()\n');
    expect(e).toEqual([{ utterance: 'Ses01F_impro01_F000', code: 'neu', vad: ['2.5000', '2.5000', '2.5000'] }]);
    expect(iemocapSpeaker('Ses01F_impro01_M012')).toBe('Ses01M');
    expect(iemocapSpeaker('Ses01M_script01_1_F001')).toBe('Ses01F');
  });

  it('keeps the 4 classes, speaker = session + gender, group = session', async () => {
    const corpus = await loadCorpus('iemocap', { root });
    expect(corpus.utterances.map((u) => [u.speaker, u.group, u.label])).toEqual([
      ['Ses01F', 'Ses01', 'neutral'],
      ['Ses01M', 'Ses01', 'angry'],
      ['Ses01F', 'Ses01', 'happy'],
      ['Ses02M', 'Ses02', 'sad'],
    ]);
    const u = corpus.utterances[0]!;
    expect(u.id).toBe('Session1/sentences/wav/Ses01F_impro01/Ses01F_impro01_F000.wav');
    expect(u.extra).toMatchObject({ dialog: 'Ses01F_impro01', valence: '2.5000', activation: '3.0000', dominance: '3.5000' });
  });

  it('merges excited into happy on request', async () => {
    const s = summarizeCorpus(await loadCorpus('iemocap', { root, mergeExcited: true }));
    expect(s.labels).toEqual({ angry: 1, happy: 2, neutral: 1, sad: 1 });
    expect([s.speakers, s.groups]).toEqual([3, 2]); // Ses02F only has a frustrated turn
    const bySpeaker = await loadCorpus('iemocap', { root, groupBy: 'speaker' });
    expect(bySpeaker.utterances.map((u) => u.group)).toEqual(['Ses01F', 'Ses01M', 'Ses01F', 'Ses02M']);
  });

  it('names a labelled utterance whose wav is missing', async () => {
    await rm(join(root, 'Session2', 'sentences', 'wav', 'Ses02F_impro03', 'Ses02F_impro03_M000.wav'));
    await expect(loadCorpus('iemocap', { root })).rejects.toThrow(
      /got 1 missing \(e\.g\. Session2\/sentences\/wav\/Ses02F_impro03\/Ses02F_impro03_M000\.wav\)/,
    );
  });
});
