import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { EmocodeError } from '@emocode/core';
import { reportHtml, type ReportInput, type ReportSection } from '@emocode/evaluation';
import { runFacts } from './run-facts.js';
import type { ExperimentSummary } from './summarize-runs.js';

/** The report table of a summary: every row's fold UARs and WAs, against its baseline. */
export function summaryReportInput(summary: ExperimentSummary): ReportInput {
  return {
    systems: summary.systems.map((s) => ({ name: s.name, uar: s.uar.values, wa: s.wa.values })),
    baseline: summary.baseline,
  };
}

// Plots in reading order, with what each shows; `*` is the row name as a file-name part.
const FIGURES: readonly { pattern: RegExp; caption: (match: string) => string }[] = [
  { pattern: /^uar-vs-code-size\.svg$/, caption: () => 'UAR against code size (mean ± sd over folds)' },
  { pattern: /^uar-vs-synthetic-amount\.svg$/, caption: () => 'UAR against synthetic rows per class' },
  { pattern: /^confusion-(.+)\.svg$/, caption: (row) => `Confusion matrix, all folds and seeds: ${row}` },
  {
    pattern: /^codes-(.+)-fold0\.svg$/,
    caption: (row) => `2-D codes of fold 0, training and held-out speakers, with the prior's components: ${row}`,
  },
  { pattern: /^loss-curves?(.*)\.svg$/, caption: (what) => `Training losses${what ? `: ${what}` : ''}` },
];

/**
 * The HTML report section of one results folder of `emocode experiment run` (or any folder with
 * its `summary.json`): the table, the facts and provenance of the run, and the folder's plots.
 * @throws EmocodeError EMOCODE_NOT_FOUND without summary.json, EMOCODE_PARSE_ERROR or EMOCODE_INVALID_INPUT for one that is not a summary.
 */
export async function resultsReportSection(dir: string, where = 'emocode report'): Promise<ReportSection> {
  const summary = await readSummary(dir, where);
  const files = (await readdir(dir)).sort();
  const figures = [];
  for (const { pattern, caption } of FIGURES) {
    for (const file of files) {
      const match = pattern.exec(file);
      if (match)
        figures.push({ caption: caption(match[1]?.replaceAll('-', ' ').trim() ?? ''), svg: await readFile(join(dir, file), 'utf8') });
    }
  }
  const { systems: _rows, ...run } = summary;
  return {
    title: summary.title ?? summary.name,
    facts: [runFacts(summary), `Results folder: ${basename(dir)}; run ${summary.hash}.`],
    table: summaryReportInput(summary),
    chanceUar: summary.chanceUar,
    figures,
    provenance: run,
  };
}

/** The whole report page of several results folders, in the order given. */
export async function resultsReportHtml(dirs: readonly string[], where = 'emocode report'): Promise<string> {
  const sections = [];
  for (const dir of dirs) sections.push(await resultsReportSection(dir, where));
  const title = sections.length === 1 ? `emocode: ${sections[0]!.title}` : `emocode: ${sections.length} experiments`;
  return reportHtml({ title, sections });
}

async function readSummary(dir: string, where: string): Promise<ExperimentSummary> {
  const path = join(dir, 'summary.json');
  const text = await readFile(path, 'utf8').catch(() => {
    throw new EmocodeError(
      'EMOCODE_NOT_FOUND',
      `${where}: ${dir} holds no summary.json; name the results folder of an experiment run (e.g. experiments/compression/results/compression, or its --out).`,
    );
  });
  let summary: Partial<ExperimentSummary>;
  try {
    summary = JSON.parse(text) as Partial<ExperimentSummary>;
  } catch (e) {
    throw new EmocodeError(
      'EMOCODE_PARSE_ERROR',
      `${where}: ${path} is not JSON (${(e as Error).message}); run the experiment again to rewrite it.`,
    );
  }
  if (!Array.isArray(summary.systems) || typeof summary.name !== 'string' || !summary.data) {
    throw new EmocodeError(
      'EMOCODE_INVALID_INPUT',
      `${where}: ${path} is not the summary of an experiment run (no name, data or systems).`,
    );
  }
  return summary as ExperimentSummary;
}
