import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html.js';
import { inlineSvg } from './inline-svg.js';
import { reportHtml } from './report-html.js';

const systems = [
  { name: 'raw', uar: [0.57, 0.59, 0.6, 0.64, 0.52, 0.58], wa: [0.6, 0.6, 0.6, 0.6, 0.6, 0.6] },
  { name: 'aae <d=2>', uar: [0.61, 0.58, 0.66, 0.7, 0.55, 0.63], wa: [0.62, 0.6, 0.68, 0.7, 0.56, 0.64] },
];
const plot = (title: string) =>
  `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><defs><clipPath id="clip1"><rect width="5" height="5"/></clipPath></defs><g clip-path="url(#clip1)"><text>${title}</text></g></svg>`;

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`a < b & "c" 'd' > e`)).toBe('a &lt; b &amp; &quot;c&quot; &#39;d&#39; &gt; e');
  });
});

describe('inlineSvg', () => {
  it('drops the prolog and prefixes ids and the references to them', () => {
    const svg = inlineSvg(plot('x'), 'f1-');
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg).toContain('id="f1-clip1"');
    expect(svg).toContain('url(#f1-clip1)');
    expect(svg).not.toContain('"clip1"');
  });

  it('removes scripts, foreign objects, event handlers and outside links', () => {
    const hostile =
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><foreignObject><iframe src="https://x"></iframe></foreignObject>' +
      '<a href="https://example.org"><use href="#m"/></a><image xlink:href="http://evil/x.png"/><rect onclick=\'alert(3)\' id="m"/></svg>';
    const svg = inlineSvg(hostile, 'p-');
    expect(svg).not.toMatch(/alert|script|iframe|foreignObject|example\.org|evil/);
    expect(svg).toContain('href="#p-m"');
    expect(svg).toContain('id="p-m"');
  });

  it('refuses text that is not an SVG', () => {
    expect(() => inlineSvg('<html></html>', 'p-')).toThrow(/not an SVG document/);
  });
});

describe('reportHtml', () => {
  const page = reportHtml({
    title: 'Results & more',
    sections: [
      {
        title: 'Table 1',
        facts: ['6 folds, seeds 0, 1, 2'],
        table: { systems, baseline: 'raw' },
        chanceUar: 0.25,
        figures: [{ caption: 'UAR vs code size', svg: plot('one') }],
        provenance: { commit: 'abc123', seeds: [0, 1, 2] },
      },
      { title: 'Table 2', table: { systems }, figures: [{ caption: 'another', svg: plot('two') }] },
    ],
  });

  it('is one page that loads nothing: CSP, no scripts, no external references', () => {
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(page).not.toMatch(/<script|src="http|href="http/);
  });

  it('renders each table with the comparison against the baseline, escaped', () => {
    expect(page).toContain('<title>Results &amp; more</title>');
    expect(page).toContain('<tr class="baseline"><td>raw</td><td>58.3 ± 3.9</td>');
    expect(page).toContain('<td>aae &lt;d=2&gt;</td>');
    expect(page).toContain('<td class="better">+3.8</td><td>0.016</td><td>5/1/0 (0.219)</td>');
    expect(page).toContain('Chance level (UAR): 25.0 %.');
    expect(page).toContain('&quot;commit&quot;: &quot;abc123&quot;');
    expect(page.match(/<section id="section-\d">/g)).toHaveLength(2);
    expect(page).toContain('<a href="#section-2">Table 2</a>');
  });

  it('keeps the ids of several inlined plots apart', () => {
    expect(page).toContain('id="section-1-fig1-clip1"');
    expect(page).toContain('id="section-2-fig1-clip1"');
  });

  it('rejects an unknown key with the path to fix', () => {
    expect(() => reportHtml({ sections: [{ title: 't', table: { systems }, colour: 'red' } as never] })).toThrow(
      /reportHtml: invalid options.*colour/,
    );
  });
});
