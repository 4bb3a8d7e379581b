import { join } from 'node:path';
import { writeFileAtomic } from '@emocode/core/node';
import { confusionSpec, reportMarkdown, uarVsCodeSizeSpec, uarVsSyntheticAmountSpec } from '@emocode/evaluation';
import { writePlot, writeReport } from '@emocode/evaluation/node';
import { writeCodeScatters } from './code-scatter.js';
import type { Unit } from './experiment-units.js';
import { fileSlug } from './file-slug.js';
import type { UnitResult } from './fold-data.js';
import { writeLossCurves } from './loss-curves.js';
import { resultsReportHtml, summaryReportInput } from './results-report.js';
import { runFacts } from './run-facts.js';
import type { ExperimentSummary, SummaryRecord } from './summarize-runs.js';

/**
 * Writes `summary.json`, `summary.md` (table with chance level and the command), the report
 * table (`table.csv/.json/.md`), the plots and `report.html` (all of it on one page) into
 * `resultsDir`; returns the paths written.
 */
export async function writeResults(
  resultsDir: string,
  summary: ExperimentSummary,
  results: Map<Unit, UnitResult>,
  command: string,
): Promise<string[]> {
  const input = summaryReportInput(summary);
  const written = await writeReport(resultsDir, input, 'table');
  const md =
    `# ${summary.title ?? summary.name}\n\n${runFacts(summary)}\n\n` +
    `${reportMarkdown(input)}\nChance level (UAR): ${(100 * summary.chanceUar).toFixed(1)}.\n\nMade by: \`${command}\` (run ${summary.hash}).\n`;
  for (const [name, text] of [
    ['summary.json', `${JSON.stringify(summary, null, 2)}\n`],
    ['summary.md', md],
  ] as const) {
    await writeFileAtomic(join(resultsDir, name), text);
    written.push(join(resultsDir, name));
  }
  written.push(...(await writePlots(resultsDir, summary, results)));
  // Last: the page inlines the plots just written.
  const page = join(resultsDir, 'report.html');
  await writeFileAtomic(page, await resultsReportHtml([resultsDir], 'writeResults'));
  return [...written, page];
}

async function writePlots(dir: string, summary: ExperimentSummary, results: Map<Unit, UnitResult>): Promise<string[]> {
  const out: string[] = [];
  const sd = (s: SummaryRecord) => (Number.isNaN(s.uar.sd) ? 0 : s.uar.sd);
  const baseline = summary.systems.find((r) => r.name === summary.baseline);
  const baselineRule = baseline ? [{ label: baseline.name, uar: baseline.uar.mean }] : [];
  // Chance only where synthetic-only rows can fall near it: on the code-size plot it would squash the lines.
  const references = [...baselineRule, { label: 'chance', uar: summary.chanceUar }];
  const sized = summary.systems.filter((s) => s.codeSize && s.method !== 'augment');
  if (sized.length > 0) {
    const rows = sized.map((s) => ({ method: s.system, codeSize: s.codeSize!, uar: s.uar.mean, sd: sd(s) }));
    out.push(...(await writePlot(join(dir, 'uar-vs-code-size'), uarVsCodeSizeSpec(rows, baselineRule))));
  }
  const synthetic = summary.systems.filter((s) => s.perClass && (s.use === 'synthetic-only' || s.use === 'real+synthetic'));
  if (synthetic.length > 0) {
    const rows = synthetic.map((s) => ({
      system: s.system,
      use: s.use as 'synthetic-only' | 'real+synthetic',
      perClass: s.perClass!,
      uar: s.uar.mean,
      sd: sd(s),
    }));
    out.push(...(await writePlot(join(dir, 'uar-vs-synthetic-amount'), uarVsSyntheticAmountSpec({ rows, references }))));
  }
  const best = [...summary.systems].sort((a, b) => b.uar.mean - a.uar.mean)[0]!;
  for (const s of new Set([baseline!, best])) {
    const file = `confusion-${fileSlug(s.name)}`;
    out.push(...(await writePlot(join(dir, file), confusionSpec(Int32Array.from(s.confusion), summary.classes))));
  }
  return [...out, ...(await writeCodeScatters(dir, summary.classes, results)), ...(await writeLossCurves(dir, results))];
}
