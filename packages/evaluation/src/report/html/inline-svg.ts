import { EmocodeError } from '@emocode/core';

/**
 * An SVG document made fit to sit inside an HTML page beside others: the XML prolog dropped;
 * scripts, foreign objects, event-handler attributes and links that leave the document removed
 * (a results folder may hold files from anywhere; the page's CSP blocks them too); and every
 * `id`, with the `url(#…)` and `href="#…"` that point at it, prefixed with `idPrefix`, because
 * plot renderers number their clip paths from 1 in every file and ids must be unique in a page.
 * @throws EmocodeError EMOCODE_INVALID_INPUT when `svg` has no `<svg` element.
 * @example inlineSvg(await readFile('uar-vs-code-size.svg', 'utf8'), 'fig1-')
 */
export function inlineSvg(svg: string, idPrefix: string): string {
  const start = svg.search(/<svg[\s>]/i);
  if (start < 0)
    throw new EmocodeError(
      'EMOCODE_INVALID_INPUT',
      `inlineSvg: the text is not an SVG document (no <svg> element; it begins "${svg.slice(0, 40)}").`,
    );
  return svg
    .slice(start)
    .replace(/<script[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<foreignObject[\s\S]*?<\/foreignObject\s*>/gi, '')
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/\s(?:xlink:)?href\s*=\s*("(?!#)[^"]*"|'(?!#)[^']*')/gi, '')
    .replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${idPrefix}${id}"`)
    .replace(/url\(\s*#([^)\s]+)\s*\)/g, (_, id: string) => `url(#${idPrefix}${id})`)
    .replace(/(\s(?:xlink:)?href\s*=\s*")#([^"]+)"/g, (_, attr: string, id: string) => `${attr}#${idPrefix}${id}"`);
}
