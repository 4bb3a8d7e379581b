import { describe, expect, it } from 'vitest';
import { reportCsv } from './report-csv.js';
import { reportJson } from './report-json.js';
import { reportMarkdown } from './report-markdown.js';
import { reportTable } from './report-rows.js';

// Same per-fold numbers as the scipy check in paired-comparison.test.ts (t = 3.5575, p = 0.01626).
const systems = [
  { name: 'is10-svm', uar: [0.57, 0.59, 0.6, 0.64, 0.52, 0.58], wa: [0.6, 0.6, 0.6, 0.6, 0.6, 0.6] },
  { name: 'aae, code 2', uar: [0.61, 0.58, 0.66, 0.7, 0.55, 0.63], wa: [0.62, 0.6, 0.68, 0.7, 0.56, 0.64] },
];

describe('reportTable', () => {
  it('compares every non-baseline system with the baseline', () => {
    const t = reportTable({ systems, baseline: 'is10-svm' });
    expect(t.rows[0]!.vsBaseline).toBeUndefined();
    expect(t.rows[1]!.vsBaseline!.tTest.p).toBeCloseTo(0.016258341341108633, 12);
    expect(t.rows[1]!.uar.mean).toBeCloseTo(0.6216666666666666, 14);
  });

  it('rejects unequal folds, duplicate names and an unknown baseline', () => {
    expect(() => reportTable({ systems: [systems[0]!, { ...systems[1]!, uar: [0.5] }] })).toThrow(/same number of folds/);
    expect(() => reportTable({ systems: [systems[0]!, systems[0]!] })).toThrow(/unique/);
    expect(() => reportMarkdown({ systems, baseline: 'pca' })).toThrow(/reportMarkdown: invalid options: baseline: must name one/);
  });
});

describe('report formats', () => {
  it('Markdown: percent mean ± sd, folds, Δ, p and sign test', () => {
    const md = reportMarkdown({ systems, baseline: 'is10-svm' }).split('\n');
    expect(md[0]).toBe(
      '| System | UAR % (mean ± sd) | WA % (mean ± sd) | UAR % per fold | Δ UAR vs is10-svm | p (paired t) | sign W/L/T (p) |',
    );
    expect(md[2]).toBe('| is10-svm | 58.3 ± 3.9 | 60.0 ± 0.0 | 57.0 / 59.0 / 60.0 / 64.0 / 52.0 / 58.0 | (baseline) |  |  |');
    expect(md[3]).toBe(
      '| aae, code 2 | 62.2 ± 5.4 | 63.3 ± 5.2 | 61.0 / 58.0 / 66.0 / 70.0 / 55.0 / 63.0 | +3.8 | 0.016 | 5/1/0 (0.219) |',
    );
  });

  it('CSV: header, quoted names, empty cells on the baseline row, full precision', () => {
    const [header, base, aae] = reportCsv({ systems, baseline: 'is10-svm' }).trimEnd().split('\n');
    expect(header!.split(',')).toHaveLength(5 + 12 + 8);
    expect(base!.endsWith(',,,,,,,,')).toBe(true);
    expect(aae!.startsWith('"aae, code 2",0.62166666666666')).toBe(true);
    expect(aae!.split(',').slice(-8, -4).map(Number)[1]).toBeCloseTo(3.55745729311604, 10);
  });

  it('JSON: NaN as null, round-trips the summaries', () => {
    const parsed = JSON.parse(reportJson({ systems: [{ name: 'one', uar: [0.5], wa: [0.5] }] })) as {
      baseline: null;
      systems: { uar: { mean: number; sd: number | null } }[];
    };
    expect(parsed.baseline).toBeNull();
    expect(parsed.systems[0]!.uar).toEqual({ mean: 0.5, sd: null, values: [0.5] });
  });
});
