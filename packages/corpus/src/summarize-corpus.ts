import type { Corpus } from './utterance.js';

/** Counts of a corpus for reports. */
export interface CorpusSummary {
  name: string;
  root: string;
  utterances: number;
  speakers: number;
  groups: number;
  /** Utterances per label, labels sorted. */
  labels: Record<string, number>;
  /** Utterances per speaker, speakers sorted. */
  perSpeaker: Record<string, number>;
}

/** Utterance, speaker, group and label counts of a corpus. */
export function summarizeCorpus(corpus: Corpus): CorpusSummary {
  const count = (key: (u: Corpus['utterances'][number]) => string): Record<string, number> => {
    const counts = new Map<string, number>();
    for (const u of corpus.utterances) counts.set(key(u), (counts.get(key(u)) ?? 0) + 1);
    return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : 1)));
  };
  const perSpeaker = count((u) => u.speaker);
  return {
    name: corpus.name,
    root: corpus.root,
    utterances: corpus.utterances.length,
    speakers: Object.keys(perSpeaker).length,
    groups: new Set(corpus.utterances.map((u) => u.group)).size,
    labels: count((u) => u.label),
    perSpeaker,
  };
}
