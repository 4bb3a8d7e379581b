import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmotionModel, type EmotionModel } from '../emotion-model.js';
import { tinyBundle, voicedSignal, wavBytes } from '../testing/tiny-bundle.js';
import { predictFiles } from './predict-files.js';

describe('predictFiles', () => {
  let dir: string;
  let model: EmotionModel;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'emocode-files-'));
    model = createEmotionModel(await tinyBundle({ minSpeakerFiles: 2 }));
    const good = wavBytes(voicedSignal(1.5), 16000);
    await writeFile(join(dir, 'a-good.wav'), good);
    await writeFile(join(dir, 'b-good.wav'), wavBytes(voicedSignal(1, 9), 16000));
    await writeFile(join(dir, 'c-truncated.wav'), good.subarray(0, 30));
    const float = good.slice();
    new DataView(float.buffer).setUint16(20, 7, true); // mu-law: not PCM
    await writeFile(join(dir, 'd-not-pcm.wav'), float);
    await writeFile(join(dir, 'e-empty.wav'), new Uint8Array(0));
    await writeFile(join(dir, 'f-too-short.wav'), wavBytes(voicedSignal(0.03), 16000));
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('skips each bad WAV with one line naming it and still predicts the others', async () => {
    const lines: string[] = [];
    const { predictions, failures } = await predictFiles(model, [dir], { jobs: 1, progress: true }, (text) => lines.push(text));
    expect(predictions.map((p) => p.path.slice(dir.length + 1))).toEqual(['a-good.wav', 'b-good.wav']);
    expect(failures.map((f) => f.name).sort()).toEqual(['c-truncated.wav', 'd-not-pcm.wav', 'e-empty.wav', 'f-too-short.wav']);
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).toMatch(/^\S+\.wav: EMOCODE_[A-Z_]+: .+\n$/);
    expect(predictions.every((p) => p.normalization === 'training-statistics')).toBe(true);
  });

  it('extracts a few files in-process, normalises per speaker when --speaker groups enough files, and reads manifests', async () => {
    const lines: string[] = [];
    const few = ['a-good.wav', 'b-good.wav', 'c-truncated.wav'].map((f) => join(dir, f));
    const bySpeaker = await predictFiles(model, few, { speaker: 'me' }, (text) => lines.push(text));
    expect(bySpeaker.predictions.map((p) => [p.speaker, p.normalization])).toEqual([
      ['me', 'per-speaker'],
      ['me', 'per-speaker'],
    ]);
    expect(lines).toEqual([expect.stringMatching(/c-truncated\.wav: EMOCODE_PARSE_ERROR: readWav: .+\n$/)]);
    const manifest = join(dir, 'list.csv');
    await writeFile(manifest, 'path,label\na-good.wav,calm\n');
    const listed = await predictFiles(model, [manifest], { progress: false });
    expect(listed.predictions.map((p) => [p.truth, p.normalization])).toEqual([['calm', 'training-statistics']]);
  });
});
