import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { EmocodeError } from '@emocode/core';
import type { Utterance } from '../utterance.js';

const emotions = ['neutral', 'calm', 'happy', 'sad', 'angry', 'fearful', 'disgust', 'surprised'];

/** The fields of a RAVDESS file name `MM-VV-EE-II-SS-RR-AA.wav` (see the corpus README). */
export interface RavdessName {
  modality: string;
  vocalChannel: string;
  emotion: string;
  intensity: 'normal' | 'strong';
  statement: string;
  repetition: string;
  actor: number;
  gender: 'male' | 'female';
}

/**
 * Decodes a RAVDESS file name.
 * @throws EmocodeError EMOCODE_PARSE_ERROR for a name that does not follow the convention.
 * @example parseRavdessName('03-01-05-02-01-01-12.wav').emotion // 'angry'
 */
export function parseRavdessName(fileName: string): RavdessName {
  const fields = fileName.replace(/\.wav$/i, '').split('-');
  const n = fields.map(Number);
  const emotion = emotions[(n[2] ?? 0) - 1];
  const ok = fields.length === 7 && fields.every((f) => /^\d\d$/.test(f)) && emotion !== undefined && (n[3] === 1 || n[3] === 2);
  if (!ok) {
    throw new EmocodeError(
      'EMOCODE_PARSE_ERROR',
      `parseRavdessName: a RAVDESS file name must be MM-VV-EE-II-SS-RR-AA.wav with emotion 01..08, got "${fileName}".`,
    );
  }
  const actor = n[6] as number;
  return {
    modality: fields[0] as string,
    vocalChannel: fields[1] as string,
    emotion,
    intensity: n[3] === 1 ? 'normal' : 'strong',
    statement: fields[4] as string,
    repetition: fields[5] as string,
    actor,
    gender: actor % 2 === 1 ? 'male' : 'female',
  };
}

/**
 * Lists RAVDESS utterances under `root` (`Actor_NN/*.wav`). Speaker and group are the
 * actor folder (`Actor_01`); extra fields: gender, intensity, statement, repetition.
 * @throws EmocodeError EMOCODE_NOT_FOUND when root holds no Actor_NN folders.
 */
export async function loadRavdessUtterances(root: string): Promise<Utterance[]> {
  const actors = (await readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory() && /^Actor_\d\d$/.test(d.name));
  if (actors.length === 0) {
    throw new EmocodeError(
      'EMOCODE_NOT_FOUND',
      `loadRavdess: ${root} must contain Actor_01..Actor_24 folders, got none. Is this the unzipped Audio_Speech_Actors_01-24?`,
    );
  }
  const utterances: Utterance[] = [];
  for (const actor of actors) {
    for (const file of (await readdir(join(root, actor.name))).filter((f) => f.toLowerCase().endsWith('.wav'))) {
      const f = parseRavdessName(file);
      utterances.push({
        id: `${actor.name}/${file}`,
        path: join(root, actor.name, file),
        speaker: actor.name,
        group: actor.name,
        label: f.emotion,
        extra: { gender: f.gender, intensity: f.intensity, statement: f.statement, repetition: f.repetition },
      });
    }
  }
  return utterances;
}
