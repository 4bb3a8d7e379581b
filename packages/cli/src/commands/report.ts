import { resolve } from 'node:path';
import { checkOutputFile, writeOutputFile } from '@emocode/core/node';
import { printResult, stringOption, type Command } from '../args.js';
import { resultsReportHtml } from '../experiment/results-report.js';

/**
 * `emocode report <results-dir...> [--out report.html]`: one self-contained HTML page of the
 * results folders of experiment runs (each experiment run also writes its own `report.html`).
 */
export const reportCommand: Command = {
  name: 'report',
  summary:
    'Write one self-contained HTML page (no server, no scripts, plots inline) of experiment results folders: tables, plots, confusion matrices, 2-D codes and what produced them.',
  usage: '<results-dir...>',
  positionals: { min: 1 },
  options: {
    out: { type: 'string', short: 'o', description: '<file.html> where to write the page (default report.html; atomically)' },
    force: { type: 'boolean', description: 'replace an existing --out that emocode did not write' },
  },
  async run(context) {
    const out = resolve(stringOption(context, 'out') ?? 'report.html');
    const dirs = context.positionals;
    await checkOutputFile(out, { force: context.values['force'] === true, context: 'emocode report' });
    const page = await resultsReportHtml(dirs);
    await writeOutputFile(out, page, { command: 'emocode report', inputs: dirs });
    const kb = Buffer.byteLength(page) / 1024;
    printResult(
      context,
      { out, experiments: dirs.length, bytes: Buffer.byteLength(page) },
      () => `report of ${dirs.length} experiment(s): ${out} (${kb.toFixed(0)} KB)\n`,
    );
  },
};
