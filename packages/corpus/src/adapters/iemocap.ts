import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EmocodeError } from '@emocode/core';
import type { Utterance } from '../utterance.js';

const fourClasses: Record<string, string> = { ang: 'angry', hap: 'happy', neu: 'neutral', sad: 'sad' };

/** One labelled turn of an EmoEvaluation file. */
export interface IemocapEvaluation {
  utterance: string;
  code: string;
  /** Valence, activation, dominance as written (1..5 scale). */
  vad: [string, string, string];
}

// `[6.2901 - 8.2357]\tSes01F_impro01_F000\tneu\t[2.5000, 2.5000, 2.5000]`
const evaluationLine = /^\[[\d.]+ - [\d.]+\]\t(\S+)\t(\S+)\t\[([^,\]]+), ([^,\]]+), ([^,\]]+)\]/;

/** The summary lines of an EmoEvaluation file (per-annotator lines are skipped). */
export function parseEmoEvaluation(text: string): IemocapEvaluation[] {
  const out: IemocapEvaluation[] = [];
  for (const line of text.split('\n')) {
    const m = evaluationLine.exec(line);
    if (m) out.push({ utterance: m[1] as string, code: m[2] as string, vad: [m[3] as string, m[4] as string, m[5] as string] });
  }
  return out;
}

/**
 * The speaker of an IEMOCAP utterance: session + the gender letter of its turn, e.g.
 * `Ses01F_impro01_M012` → `Ses01M` (the male actor of session 1, whoever wore the markers).
 */
export function iemocapSpeaker(utterance: string): string {
  const turn = utterance.slice(utterance.lastIndexOf('_') + 1);
  return `${utterance.slice(0, 5)}${turn.charAt(0)}`;
}

/**
 * Lists IEMOCAP utterances with a 4-class label (ang, hap, neu, sad; `exc` too when
 * `mergeExcited`). Layout: `Session1..5/sentences/wav/<dialog>/<utt>.wav`, labels from
 * `Session<n>/dialog/EmoEvaluation/<dialog>.txt`. Speaker `Ses01F`; group = session (`Ses01`).
 * @throws EmocodeError EMOCODE_NOT_FOUND when no session folder or a labelled wav is missing.
 */
export async function loadIemocapUtterances(root: string, mergeExcited: boolean): Promise<Utterance[]> {
  const sessions = (await readdir(root)).filter((s) => /^Session[1-5]$/.test(s)).sort();
  if (sessions.length === 0) {
    throw new EmocodeError(
      'EMOCODE_NOT_FOUND',
      `loadIemocap: ${root} must contain Session1..Session5 folders, got none. Point the root at the IEMOCAP release folder.`,
    );
  }
  const map = mergeExcited ? { ...fourClasses, exc: 'happy' } : fourClasses;
  const utterances: Utterance[] = [];
  const missing: string[] = [];
  for (const session of sessions) {
    for (const e of await readEvaluations(join(root, session))) {
      const label = map[e.code];
      if (label === undefined) continue;
      const dialog = e.utterance.slice(0, e.utterance.lastIndexOf('_'));
      const id = `${session}/sentences/wav/${dialog}/${e.utterance}.wav`;
      if (!existsSync(join(root, id))) missing.push(id);
      const [valence, activation, dominance] = e.vad;
      utterances.push({
        id,
        path: join(root, id),
        speaker: iemocapSpeaker(e.utterance),
        group: e.utterance.slice(0, 5),
        label,
        extra: { session: e.utterance.slice(0, 5), dialog, code: e.code, valence, activation, dominance },
      });
    }
  }
  if (missing.length > 0) {
    throw new EmocodeError(
      'EMOCODE_NOT_FOUND',
      `loadIemocap: every labelled utterance must have a wav file, got ${missing.length} missing (e.g. ${missing.slice(0, 3).join(', ')}). Is the release complete?`,
    );
  }
  return utterances;
}

async function readEvaluations(sessionDir: string): Promise<IemocapEvaluation[]> {
  const dir = join(sessionDir, 'dialog', 'EmoEvaluation');
  if (!existsSync(dir)) return [];
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const all = await Promise.all(files.map(async (f) => parseEmoEvaluation(await readFile(join(dir, f), 'utf8'))));
  return all.flat();
}
