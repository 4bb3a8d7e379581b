import { resolve } from 'node:path';
import { corpusLabelColumns, loadCorpus, summarizeCorpus } from '@emocode/corpus';
import { checkOutputFile } from '@emocode/core/node';
import { writeLabelsCsv } from '@emocode/features/node';
import { countLines, listOption, printResult, stringOption, type Command } from '../args.js';

/** `emocode corpus <name>`: find (or download) a corpus and report its counts. */
export const corpusCommand: Command = {
  name: 'corpus',
  summary:
    'Find a corpus (ravdess, iemocap, emodb or a manifest .csv; RAVDESS is downloaded when missing) and count utterances, speakers and labels.',
  usage: '<name>',
  positionals: 1,
  options: {
    classes: { type: 'string', description: '<a,b,c> keep only these labels (e.g. angry,happy,neutral,sad)' },
    root: { type: 'string', description: '<dir> the corpus folder (skips the search)' },
    'merge-excited': { type: 'boolean', description: "IEMOCAP: count 'exc' as happy" },
    'group-by': { type: 'string', description: '<corpus|speaker> fold group: the corpus default (IEMOCAP session) or each speaker' },
    offline: { type: 'boolean', description: 'never download; fail when the corpus is not found' },
    'labels-out': { type: 'string', description: '<file> write a labels CSV (name,speaker,label,group,...) for emocode table --labels' },
    force: { type: 'boolean', description: 'replace an existing --labels-out that emocode did not write' },
  },
  async run(context) {
    const labelsOut = stringOption(context, 'labels-out');
    if (labelsOut)
      await checkOutputFile(labelsOut, { force: context.values['force'] === true, context: 'emocode corpus', option: '--labels-out' });
    const corpus = await loadCorpus(context.positionals[0] as string, {
      root: stringOption(context, 'root'),
      classes: listOption(context, 'classes'),
      mergeExcited: context.values['merge-excited'] === true,
      groupBy: stringOption(context, 'group-by') as 'corpus' | 'speaker' | undefined,
      download: context.values.offline !== true,
    });
    const summary = summarizeCorpus(corpus);
    if (labelsOut) {
      await writeLabelsCsv(labelsOut, corpusLabelColumns(corpus));
      context.err(`wrote ${summary.utterances} label rows to ${labelsOut}\n`);
    }
    const result = { ...summary, labelsOut: labelsOut ? resolve(labelsOut) : undefined };
    printResult(
      context,
      result,
      () =>
        `${summary.name}: ${summary.utterances} utterances, ${summary.speakers} speakers, ${summary.groups} groups, ` +
        `${Object.keys(summary.labels).length} labels\nroot: ${summary.root}\nlabels:\n${countLines(summary.labels)}\n`,
    );
  },
};
