import { Resvg } from '@resvg/resvg-js';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/**
 * Renders a Vega-Lite spec to an SVG string, headless: vega's scenegraph is serialised without
 * a canvas (text widths are estimated), so nothing native is needed.
 * @throws Error from vega-lite when the spec does not compile.
 * @example await writeFile('plot.svg', await renderSvg(confusionSpec(matrix, classes)))
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/**
 * Renders a Vega-Lite spec to PNG bytes via the SVG and resvg (prebuilt native binary from npm).
 * @param scale pixels per SVG unit (2 for crisp plots on screens and in papers).
 * @example await writeFile('plot.png', await renderPng(spec))
 */
export async function renderPng(spec: TopLevelSpec, scale = 2): Promise<Uint8Array> {
  const svg = await renderSvg(spec);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    // vega asks for sans-serif; DejaVu is the usual Linux font, resvg falls back when absent.
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
