/** One utterance of a corpus. */
export interface Utterance {
  /** Path relative to the corpus root with `/` separators; unique; openSMILE's instance name. */
  readonly id: string;
  /** Absolute path of the audio file. */
  readonly path: string;
  readonly speaker: string;
  /** Fold group: rows of one group never straddle train and test (speaker, session, ...). */
  readonly group: string;
  readonly label: string;
  /** Further corpus-specific fields (gender, intensity, valence, ...), all strings. */
  readonly extra: Readonly<Record<string, string>>;
}

/** A loaded corpus: its name, the directory it was found in, and its utterances (sorted by id). */
export interface Corpus {
  readonly name: string;
  readonly root: string;
  readonly utterances: readonly Utterance[];
}
