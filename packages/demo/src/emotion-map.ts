/** One utterance on the map: its 2-D code and class. */
export interface MapPoint {
  readonly x: number;
  readonly y: number;
  readonly label: string;
}

/** What the map shows: the prior's components, the training codes and the utterance just heard. */
export interface EmotionMap {
  readonly classes: readonly string[];
  /** The prior's component means, x and y per class (bundle.json `prior.means`). */
  readonly priorMeans: readonly number[];
  readonly priorSd: number;
  readonly training: readonly MapPoint[];
  readonly current?: { readonly x: number; readonly y: number };
}

const SIZE = 360;
const COLOURS = ['#d62728', '#ff7f0e', '#7f7f7f', '#1f77b4', '#2ca02c', '#9467bd', '#8c564b', '#e377c2'];

/** The colour of class `k` on the map and in the probability bars. */
export const classColour = (k: number): string => COLOURS[k % COLOURS.length]!;

/**
 * The 2-D emotion map as an SVG document: training codes as faint dots by class, each class's
 * prior component as a 1σ ring with its name, and the current utterance as a black cross.
 * @example container.innerHTML = emotionMapSvg({ classes, priorMeans, priorSd: 1, training: [], current: { x: 1.6, y: 0.9 } })
 */
export function emotionMapSvg(map: EmotionMap): string {
  const xs = [...map.training.map((p) => p.x), ...map.classes.map((_, k) => map.priorMeans[2 * k]!), map.current?.x ?? 0];
  const ys = [...map.training.map((p) => p.y), ...map.classes.map((_, k) => map.priorMeans[2 * k + 1]!), map.current?.y ?? 0];
  const extent = Math.max(...xs.map(Math.abs), ...ys.map(Math.abs), 2 * map.priorSd) * 1.1;
  const scale = SIZE / 2 / extent;
  const px = (x: number) => (SIZE / 2 + x * scale).toFixed(1);
  const py = (y: number) => (SIZE / 2 - y * scale).toFixed(1);
  const index = new Map(map.classes.map((c, k) => [c, k]));
  const dots = map.training
    .map((p) => `<circle cx="${px(p.x)}" cy="${py(p.y)}" r="2" fill="${classColour(index.get(p.label) ?? 0)}" fill-opacity="0.35"/>`)
    .join('');
  const rings = map.classes
    .map((c, k) => {
      const [x, y] = [map.priorMeans[2 * k]!, map.priorMeans[2 * k + 1]!];
      return (
        `<circle cx="${px(x)}" cy="${py(y)}" r="${(map.priorSd * scale).toFixed(1)}" fill="none" stroke="${classColour(k)}" stroke-width="2"/>` +
        `<text x="${px(x)}" y="${py(y)}" text-anchor="middle" dominant-baseline="middle" font-size="13" fill="${classColour(k)}">${escapeText(c)}</text>`
      );
    })
    .join('');
  const current = map.current
    ? `<g stroke="#000" stroke-width="3" class="current"><line x1="${+px(map.current.x) - 8}" y1="${+py(map.current.y) - 8}" x2="${+px(map.current.x) + 8}" y2="${+py(map.current.y) + 8}"/><line x1="${+px(map.current.x) - 8}" y1="${+py(map.current.y) + 8}" x2="${+px(map.current.x) + 8}" y2="${+py(map.current.y) - 8}"/></g>`
    : '';
  const axes = `<line x1="0" y1="${SIZE / 2}" x2="${SIZE}" y2="${SIZE / 2}" stroke="#ddd"/><line x1="${SIZE / 2}" y1="0" x2="${SIZE / 2}" y2="${SIZE}" stroke="#ddd"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}" role="img" aria-label="2-D emotion map">${axes}${dots}${rings}${current}</svg>`;
}

function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}
