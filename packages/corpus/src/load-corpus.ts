import { join, resolve } from 'node:path';
import { EmocodeError, parseOptions } from '@emocode/core';
import { loadCsvManifest } from './adapters/csv-manifest.js';
import { loadEmodbUtterances } from './adapters/emodb.js';
import { loadIemocapUtterances } from './adapters/iemocap.js';
import { loadRavdessUtterances } from './adapters/ravdess.js';
import { loadCorpusOptions, type LoadCorpusOptions, type ResolvedLoadCorpusOptions } from './corpus-options.js';
import { downloadRavdess } from './download/download-ravdess.js';
import { RAVDESS_SOURCE } from './download/ravdess-source.js';
import { corpusSearchPaths, findCorpusRoot, findRepoRoot } from './find-corpus-root.js';
import { selectClasses } from './select-classes.js';
import type { Corpus, Utterance } from './utterance.js';

type Adapter = (root: string, o: ResolvedLoadCorpusOptions) => Promise<Utterance[]>;

/** Known corpora by name; a path ending in `.csv` is read as a manifest instead. */
const adapters: Record<string, Adapter> = {
  ravdess: (root) => loadRavdessUtterances(root),
  iemocap: (root, o) => loadIemocapUtterances(root, o.mergeExcited),
  emodb: (root) => loadEmodbUtterances(root),
};

const howToGet: Record<string, string> = {
  ravdess: `Run with network access to download it from ${RAVDESS_SOURCE.record}, or unzip Audio_Speech_Actors_01-24.zip into one of these folders`,
  iemocap:
    'IEMOCAP is licensed per user: request it at https://sail.usc.edu/iemocap/, then link or unpack the release folder (holding Session1..Session5) as one of these folders',
  emodb:
    'EmoDB is free for research use: download it from http://emodb.bilderbar.info/ and unzip it (the WAV files or its wav/ folder) into one of these folders',
};

/**
 * Loads a corpus by name (`ravdess`, `iemocap`, `emodb`) or from a CSV manifest path (`*.csv`).
 * The root is `options.root`, else the first of `$EMOCODE_DATA/<name>`, `<repo>/data/corpora/<name>`,
 * `<repo>/../shared/corpora/<name>`; RAVDESS found nowhere is downloaded into `<repo>/data/corpora/`.
 * @throws EmocodeError EMOCODE_NOT_FOUND naming every folder searched; EMOCODE_INVALID_OPTIONS for
 *   an unknown corpus or a class the corpus does not have.
 * @example await loadCorpus('ravdess', { classes: ['angry', 'happy', 'neutral', 'sad'] })
 */
export async function loadCorpus(name: string, options: LoadCorpusOptions = {}): Promise<Corpus> {
  const o = parseOptions(loadCorpusOptions, options, 'loadCorpus');
  if (name.toLowerCase().endsWith('.csv')) {
    const utterances = await loadCsvManifest(name);
    return { name, root: resolve(name, '..'), utterances: regroup(selectClasses(sortById(utterances), o.classes, name), o) };
  }
  const adapter = adapters[name];
  if (!adapter) {
    throw new EmocodeError(
      'EMOCODE_INVALID_OPTIONS',
      `loadCorpus: name must be one of ${Object.keys(adapters).join(', ')} or a manifest *.csv, got "${name}".`,
    );
  }
  const root = o.root ? resolve(o.root) : await locate(name, o);
  const utterances = sortById(await adapter(root, o));
  return { name, root, utterances: regroup(selectClasses(utterances, o.classes, name), o) };
}

async function locate(name: string, o: ResolvedLoadCorpusOptions): Promise<string> {
  const search = { dataDir: o.dataDir, repoRoot: o.repoRoot };
  const found = findCorpusRoot(name, search);
  if (found) return found;
  if (name === 'ravdess' && o.download) return downloadRavdess(join(o.repoRoot ?? findRepoRoot(), 'data', 'corpora'));
  const looked = corpusSearchPaths(name, search);
  if (!(o.dataDir ?? process.env.EMOCODE_DATA)) looked.unshift(`$EMOCODE_DATA/${name} (EMOCODE_DATA is not set)`);
  const how = howToGet[name] ?? `Put the corpus into one of these folders`;
  throw new EmocodeError(
    'EMOCODE_NOT_FOUND',
    `loadCorpus: corpus "${name}" was not found; looked in ${looked.join(', ')}. ` +
      `${how}, set EMOCODE_DATA to a folder containing ${name}/, or pass root (CLI: --root).`,
  );
}

function regroup(utterances: Utterance[], o: ResolvedLoadCorpusOptions): Utterance[] {
  return o.groupBy === 'speaker' ? utterances.map((u) => ({ ...u, group: u.speaker })) : utterances;
}

function sortById(utterances: Utterance[]): Utterance[] {
  return utterances.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
