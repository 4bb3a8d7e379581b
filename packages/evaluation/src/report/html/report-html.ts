import { parseOptions } from '@emocode/core';
import { reportCells } from '../report-cells.js';
import { escapeHtml } from './escape-html.js';
import { inlineSvg } from './inline-svg.js';
import { reportHtmlOptions, type ReportHtmlOptions } from './report-html-options.js';

// Nothing may load: no scripts, no fonts, no remote images; styles and figures are inline.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 78rem; padding: 0 1rem; color: #1b1b1b; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; margin-top: 2.5rem; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; margin: 1rem 0; font-variant-numeric: tabular-nums; }
th, td { padding: 0.25rem 0.6rem; border-bottom: 1px solid #e3e3e3; text-align: right; white-space: nowrap; }
th:first-child, td:first-child { text-align: left; } thead th { border-bottom: 2px solid #999; }
td:nth-child(4) { white-space: normal; min-width: 14rem; font-size: 0.85rem; color: #444; }
tr.baseline td { font-weight: 600; } td.better { color: #0a6b2d; } td.worse { color: #a31515; }
figure { display: inline-block; margin: 0.5rem 1rem 1rem 0; vertical-align: top; max-width: 100%; }
figure svg { max-width: 100%; height: auto; } figcaption { font-size: 0.85rem; color: #555; }
pre { background: #f6f6f6; padding: 0.8rem; overflow: auto; font-size: 0.8rem; } nav li { margin: 0.2rem 0; }
`;

/**
 * One self-contained HTML page (no scripts, no requests; figures inline) of one or more
 * experiments: per section the facts, the table (UAR and WA mean ± sd over folds, per-fold UAR,
 * Δ UAR, paired t-test p and sign test against the baseline), the figures and the provenance.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS for a bad section (see {@link reportHtmlOptions}),
 *   EMOCODE_INVALID_INPUT for a figure that is not an SVG.
 * @example await writeFile('report.html', reportHtml({ sections: [{ title: 'Table 1', table: { systems, baseline: 'raw' } }] }))
 */
export function reportHtml(options: ReportHtmlOptions): string {
  const o = parseOptions(reportHtmlOptions, options, 'reportHtml');
  const nav =
    o.sections.length > 1
      ? `<nav><ol>${o.sections.map((s, i) => `<li><a href="#section-${i + 1}">${escapeHtml(s.title)}</a></li>`).join('')}</ol></nav>`
      : '';
  const sections = o.sections.map((s, i) => {
    const id = `section-${i + 1}`;
    const facts = s.facts.map((f) => `<p>${escapeHtml(f)}</p>`).join('\n');
    const chance = s.chanceUar === undefined ? '' : `<p>Chance level (UAR): ${(100 * s.chanceUar).toFixed(1)} %.</p>`;
    const figures = s.figures
      .map((f, j) => `<figure>${inlineSvg(f.svg, `${id}-fig${j + 1}-`)}<figcaption>${escapeHtml(f.caption)}</figcaption></figure>`)
      .join('\n');
    const provenance = `<details><summary>What produced these results</summary><pre>${escapeHtml(JSON.stringify(s.provenance, null, 2))}</pre></details>`;
    return `<section id="${id}">\n<h2>${escapeHtml(s.title)}</h2>\n${facts}\n${tableHtml(s.table)}\n${chance}\n${figures}\n${provenance}\n</section>`;
  });
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="generator" content="emocode">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // An empty data: icon, so that a browser opening the file does not ask for /favicon.ico.
    '<link rel="icon" href="data:,">',
    `<title>${escapeHtml(o.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(o.title)}</h1>`,
    nav,
    ...sections,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function tableHtml(input: ReportHtmlOptions['sections'][number]['table']): string {
  const { header, rows, baseline } = reportCells(input, 'reportHtml');
  const body = rows.map(({ row, cells }) => {
    const diff = row.vsBaseline?.meanDiff ?? 0;
    const tds = cells.map((c, k) => {
      // The Δ column says at a glance which rows beat the baseline.
      const direction = k === 4 && diff !== 0 ? (diff > 0 ? ' class="better"' : ' class="worse"') : '';
      return `<td${direction}>${escapeHtml(c)}</td>`;
    });
    return `<tr${row.name === baseline ? ' class="baseline"' : ''}>${tds.join('')}</tr>`;
  });
  return `<table>\n<thead><tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>`;
}
