import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { EmocodeError } from '@emocode/core';
import type { Utterance } from '../utterance.js';

/** EmoDB's German emotion initials, in our label names (those RAVDESS uses where they overlap). */
const emotions: Record<string, string> = { W: 'angry', L: 'boredom', E: 'disgust', A: 'fearful', F: 'happy', T: 'sad', N: 'neutral' };
/** The five male speakers (the corpus documentation); the other five are female. */
const maleSpeakers = new Set(['03', '10', '11', '12', '15']);

/** The fields of an EmoDB file name `SS TTT E V.wav`, e.g. `03a01Wa.wav` (see the corpus README). */
export interface EmodbName {
  speaker: string;
  text: string;
  emotion: string;
  version: string;
  gender: 'male' | 'female';
}

/**
 * Decodes an EmoDB file name: speaker SS (two digits), text code TTT, emotion letter E, version V.
 * @throws EmocodeError EMOCODE_PARSE_ERROR for a name that does not follow the convention.
 * @example parseEmodbName('03a01Wa.wav').emotion // 'angry'
 */
export function parseEmodbName(fileName: string): EmodbName {
  const m = /^(\d\d)([a-z]\d\d)([A-Z])([a-z])\.wav$/i.exec(fileName);
  const emotion = m ? emotions[m[3] as string] : undefined;
  if (!m || emotion === undefined) {
    throw new EmocodeError(
      'EMOCODE_PARSE_ERROR',
      `parseEmodbName: an EmoDB file name must be SSTTTEV.wav (speaker, text, emotion letter ${Object.keys(emotions).join('/')}, version), got "${fileName}".`,
    );
  }
  const speaker = m[1] as string;
  return { speaker, text: m[2] as string, emotion, version: m[4] as string, gender: maleSpeakers.has(speaker) ? 'male' : 'female' };
}

/**
 * Lists EmoDB utterances: the WAV files directly under `root` (the `wav/` folder of the original
 * release, or the shared 16 kHz copy). Speaker and group are the two-digit speaker code; extra
 * fields: gender, text, version.
 * @throws EmocodeError EMOCODE_NOT_FOUND when root holds no WAV files (neither directly nor in `wav/`).
 */
export async function loadEmodbUtterances(root: string): Promise<Utterance[]> {
  // The original archive keeps its audio in wav/; ids stay relative to root either way.
  const direct = await wavFiles(root);
  const folder = direct.length > 0 ? '' : 'wav/';
  const files = direct.length > 0 ? direct : await wavFiles(join(root, 'wav'));
  if (files.length === 0) {
    throw new EmocodeError(
      'EMOCODE_NOT_FOUND',
      `loadEmodb: ${root} must contain the EmoDB WAV files (03a01Fa.wav, …) or a wav/ folder holding them, got none.`,
    );
  }
  return files.map((file) => {
    const f = parseEmodbName(file);
    return {
      id: `${folder}${file}`,
      path: join(root, folder, file),
      speaker: f.speaker,
      group: f.speaker,
      label: f.emotion,
      extra: { gender: f.gender, text: f.text, version: f.version },
    };
  });
}

async function wavFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((d) => d.isFile() && d.name.toLowerCase().endsWith('.wav')).map((d) => d.name);
}
