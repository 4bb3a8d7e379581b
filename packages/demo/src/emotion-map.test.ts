import { describe, expect, it } from 'vitest';
import { emotionMapSvg } from './emotion-map.js';

const classes = ['angry', 'happy', 'neutral', 'sad'];
const priorMeans = [3, 0, 0, 3, -3, 0, 0, -3];

describe('emotionMapSvg', () => {
  it('draws a ring and a name per class, a dot per training code and the current point', () => {
    const svg = emotionMapSvg({ classes, priorMeans, priorSd: 1, training: [{ x: 2.5, y: 0.2, label: 'angry' }], current: { x: 0, y: 0 } });
    expect(svg.match(/<circle /g)).toHaveLength(4 + 1);
    expect(svg.match(/<text /g)).toHaveLength(4);
    expect(svg).toContain('class="current"');
    // Centre of a 360-px map, the cross's arms 8 px either side.
    expect(svg).toContain('x1="172" y1="172" x2="188" y2="188"');
  });

  it('fits the farthest point and escapes class names', () => {
    const svg = emotionMapSvg({ classes: ['a<b', 'c'], priorMeans: [1, 0, -1, 0], priorSd: 1, training: [{ x: 11, y: 0, label: 'c' }] });
    expect(svg).toContain('a&lt;b');
    // 11 · 1.1 is the half-width: the point lands 1/1.1 of the way to the edge.
    expect(svg).toContain(`cx="${(180 + 180 / 1.1).toFixed(1)}"`);
    expect(svg).not.toContain('class="current"');
  });
});
