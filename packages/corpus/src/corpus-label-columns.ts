import type { Corpus } from './utterance.js';

/**
 * The columns of a labels CSV for `corpus`: `name` (the id, i.e. the path relative to the
 * root, which is openSMILE's instance name), speaker, label, group and every extra field.
 */
export function corpusLabelColumns(corpus: Corpus): Record<string, string[]> {
  const extras = [...new Set(corpus.utterances.flatMap((u) => Object.keys(u.extra)))];
  const columns: Record<string, string[]> = {
    name: corpus.utterances.map((u) => u.id),
    speaker: corpus.utterances.map((u) => u.speaker),
    label: corpus.utterances.map((u) => u.label),
    group: corpus.utterances.map((u) => u.group),
  };
  for (const e of extras) if (!(e in columns)) columns[e] = corpus.utterances.map((u) => u.extra[e] ?? '');
  return columns;
}
