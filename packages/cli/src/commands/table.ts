import { metaStrings } from '@emocode/core';
import { readFeatureTable } from '@emocode/features/node';
import { countLines, listOption, printResult, stringOption, type Command } from '../args.js';

function counts(values: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of [...values].sort()) out[v] = (out[v] ?? 0) + 1;
  return out;
}

/** `emocode table <features.csv>`: read an openSMILE CSV (and labels) and report its shape. */
export const tableCommand: Command = {
  name: 'table',
  summary: 'Read an openSMILE CSV feature table, optionally join a labels CSV, and report rows, features and label counts.',
  usage: '<features.csv>',
  positionals: 1,
  options: {
    labels: { type: 'string', description: '<labels.csv> join labels by name (name,speaker,label,...; see emocode corpus --labels-out)' },
    group: { type: 'string', description: '<column> labels column used as fold group (default speaker)' },
    classes: { type: 'string', description: '<a,b,c> allowed labels; any other label is an error' },
    'drop-unlabeled': { type: 'boolean', description: 'keep only feature rows that have a label row' },
    nan: { type: 'string', description: '<reject|keep|drop-columns> what nan/inf cells do (default reject)' },
  },
  async run(context) {
    const file = context.positionals[0] as string;
    const labels = stringOption(context, 'labels');
    const started = performance.now();
    const table = await readFeatureTable(file, {
      labels,
      group: stringOption(context, 'group'),
      classes: listOption(context, 'classes'),
      unlabeled: context.values['drop-unlabeled'] ? 'drop' : 'error',
      nan: stringOption(context, 'nan') as 'reject' | 'keep' | 'drop-columns' | undefined,
    });
    context.err(`read ${file} in ${((performance.now() - started) / 1000).toFixed(2)} s\n`);
    const labelCounts = labels ? counts(metaStrings(table, 'label')) : undefined;
    const groups = labels ? new Set(metaStrings(table, 'group')).size : undefined;
    const result = { file, rows: table.rows, features: table.dims, labels: labelCounts, groups };
    printResult(
      context,
      result,
      () =>
        `${file}: ${table.rows} rows, ${table.dims} features` +
        (labelCounts ? `, ${groups} groups\nlabels:\n${countLines(labelCounts)}\n` : '\n'),
    );
  },
};
