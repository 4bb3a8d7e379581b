import { compareFeatureTables, type TableComparison } from '@emocode/features';
import { readFeatureTable } from '@emocode/features/node';
import { printResult, type Command } from '../args.js';

const pct = (v: number): string => `${(100 * v).toFixed(2)} %`;

function groupLines(c: TableComparison): string[] {
  const head = `  ${'group'.padEnd(16)} ${'features'.padStart(8)} ${'median r'.padStart(10)} ${'min r'.padStart(10)} ${'within 1e-3'.padStart(12)}`;
  return [
    head,
    ...c.groups.map(
      (g) =>
        `  ${g.group.padEnd(16)} ${String(g.features).padStart(8)} ${g.medianPearson.toFixed(6).padStart(10)} ${g.minPearson.toFixed(6).padStart(10)} ${pct(g.shareValuesWithin1e3).padStart(12)}`,
    ),
  ];
}

function worstLines(c: TableComparison): string[] {
  const width = Math.max(8, ...c.worst.map((f) => f.name.length));
  return [
    `  ${'feature'.padEnd(width)} ${'r'.padStart(9)} ${'rho'.padStart(9)} ${'within 1e-3'.padStart(12)} ${'max rel err'.padStart(12)}`,
    ...c.worst.map(
      (f) =>
        `  ${f.name.padEnd(width)} ${f.pearson.toFixed(5).padStart(9)} ${f.spearman.toFixed(5).padStart(9)} ${pct(f.shareWithin1e3).padStart(12)} ${f.maxRelativeError.toExponential(2).padStart(12)}`,
    ),
  ];
}

/** The human report of a comparison. */
export function comparisonText(c: TableComparison, a: string, b: string): string {
  const q = c.pearsonQuantiles;
  const unmatched =
    c.onlyInA.length + c.onlyInB.length > 0 ? ` (${c.onlyInA.length} rows only in ${a}, ${c.onlyInB.length} only in ${b})` : '';
  return [
    `${a} vs ${b} (reference): ${c.rows} rows x ${c.features} features${unmatched}`,
    `values within 1e-3: ${pct(c.shareValuesWithin1e3)}   within 1e-2: ${pct(c.shareValuesWithin1e2)}   (|a-b| / max(|b|, 1e-3))`,
    `Pearson r per feature: median ${c.medianPearson.toFixed(6)}  q25 ${q.q25.toFixed(6)}  q05 ${q.q05.toFixed(6)}  q01 ${q.q01.toFixed(6)}  min ${q.q0.toFixed(6)}`,
    `features with r >= 0.99: ${pct(c.sharePearsonAtLeast099)}   r >= 0.999: ${pct(c.sharePearsonAtLeast0999)}   median Spearman ${c.medianSpearman.toFixed(6)}`,
    'by LLD group:',
    ...groupLines(c),
    `worst ${c.worst.length} features:`,
    ...worstLines(c),
    '',
  ].join('\n');
}

/** `emocode features compare <a.csv> <b.csv>`: agreement of two extractions of the same files. */
export const featuresCompareCommand: Command = {
  name: 'features compare',
  summary: 'Per-feature agreement (Pearson/Spearman r, relative error, LLD groups) of two feature CSVs of the same files.',
  usage: '<a.csv> <b.csv>',
  positionals: 2,
  options: {
    worst: { type: 'string', description: '<n> how many worst features to list (default 20)' },
    'per-feature': { type: 'boolean', description: 'with --json, include every feature (1582 entries)' },
  },
  async run(context) {
    const [a, b] = context.positionals as [string, string];
    const [tableA, tableB] = await Promise.all([readFeatureTable(a), readFeatureTable(b)]);
    const worst = context.values.worst;
    const c = compareFeatureTables(tableA, tableB, { worst: typeof worst === 'string' ? Number(worst) : undefined });
    printResult(context, context.values['per-feature'] ? c : { ...c, perFeature: undefined }, () => comparisonText(c, a, b));
  },
};
