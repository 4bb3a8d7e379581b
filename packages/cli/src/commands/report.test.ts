import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { browserUnavailableReason, launchChromium } from '@emocode/browser-harness';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as run } from '../testing/run-cli.js';
import { TINY_SPEC, writeTinyExperiment } from '../testing/tiny-table.js';

process.env.EMOCODE_BACKEND = 'cpu';
let dir: string;
let results: string;

const spec = { ...TINY_SPEC, title: 'Tiny <table> & plots' };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'emocode-report-'));
  await writeTinyExperiment(dir, spec);
  const r = await run('experiment', 'run', dir, '--profile', 'quick');
  expect(r.code, r.err).toBe(0);
  results = join(dir, 'results', 'tiny');
}, 180_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('report.html of an experiment run', () => {
  it('is written beside summary.md with the table, the plots and what produced them', async () => {
    const page = await readFile(join(results, 'report.html'), 'utf8');
    expect(page).toContain('<h2>Tiny &lt;table&gt; &amp; plots</h2>');
    expect(page.match(/<tr[ >]/g)).toHaveLength(1 + 6);
    // code size, synthetic amount, two confusion matrices (baseline and best), the AAE's 2-D codes
    expect(page.match(/<svg[\s>]/g)!.length).toBeGreaterThanOrEqual(4);
    expect(page).toContain('2-D codes of fold 0');
    expect(page).toContain('Training losses: aae d 2');
    const summary = JSON.parse(await readFile(join(results, 'summary.json'), 'utf8'));
    expect(summary.provenance.command).toMatch(/^emocode experiment run .*--profile quick/);
    expect(summary.provenance.packages['@emocode/evaluation']).toMatch(/^\d+\.\d+\.\d+/);
    expect(summary.provenance.spec.seeds).toEqual([0]);
    expect(page).toContain('&quot;inputHash&quot;');
    expect(page).toContain('&quot;@emocode/training&quot;');
  });
});

describe('emocode report', () => {
  it('writes one page of several results folders, and replaces only a page it wrote', async () => {
    const out = join(dir, 'both.html');
    const first = await run('report', results, results, '--out', out, '--json');
    expect(first.code, first.err).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ out, experiments: 2 });
    const page = await readFile(out, 'utf8');
    expect(page.match(/<section id="section-\d">/g)).toHaveLength(2);
    // The confusion matrices' colour gradients, one id per plot and page section.
    expect(page).toMatch(/id="section-2-fig\d+-gradient_\d+"/);
    expect(page).toMatch(/url\(#section-2-fig\d+-gradient_\d+\)/);
    expect((await run('report', results, '--out', out)).code).toBe(0);

    const foreign = join(dir, 'mine.html');
    await writeFile(foreign, '<p>my notes</p>');
    const refused = await run('report', results, '--out', foreign);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toMatch(/emocode report: --out .*mine\.html exists and emocode did not write it.*--force/);
    expect(await readFile(foreign, 'utf8')).toBe('<p>my notes</p>');
    expect((await run('report', results, '--out', foreign, '--force')).code).toBe(0);
  });

  it('says what to name when a folder holds no results', async () => {
    const empty = join(dir, 'empty');
    await mkdir(empty);
    const r = await run('report', empty, '--out', join(dir, 'never.html'));
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/EMOCODE_NOT_FOUND.*holds no summary\.json; name the results folder of an experiment run/);
    expect(existsSync(join(dir, 'never.html'))).toBe(false);
  });
});

const noBrowser = browserUnavailableReason();
describe.skipIf(noBrowser !== undefined)(`report.html in Chromium${noBrowser ? ` (skipped: ${noBrowser})` : ''}`, () => {
  it('opens from disk with every table and plot drawn, no console error and no request', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      const url = pathToFileURL(join(results, 'report.html')).href;
      await page.goto(url);
      const plots = await Promise.all(
        (await page.locator('figure svg').all()).map(async (svg) => ({
          box: await svg.boundingBox(),
          marks: await svg.locator('path, rect, text').count(),
        })),
      );
      const ids = await Promise.all((await page.locator('[id]').all()).map((e) => e.getAttribute('id')));
      const drawn = {
        rows: await page.locator('tbody tr').count(),
        cells: await page.locator('tbody tr:first-child td').allTextContents(),
        plots: plots.map((p) => ({ width: p.box?.width ?? 0, height: p.box?.height ?? 0, marks: p.marks })),
        ids,
      };
      expect(drawn.rows).toBe(6);
      expect(drawn.cells[0]).toBe('raw');
      expect(drawn.cells[4]).toBe('(baseline)');
      expect(drawn.plots.length).toBeGreaterThanOrEqual(4);
      for (const plot of drawn.plots) {
        expect(plot.width).toBeGreaterThan(50);
        expect(plot.height).toBeGreaterThan(50);
        expect(plot.marks).toBeGreaterThan(5);
      }
      expect(new Set(drawn.ids).size).toBe(drawn.ids.length);
      expect(requests).toEqual([url]);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
