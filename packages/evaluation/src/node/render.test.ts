import { describe, expect, it } from 'vitest';
import { confusionSpec } from '../plots/confusion-spec.js';
import { lossCurveSpec } from '../plots/loss-curve-spec.js';
import { renderPng, renderSvg } from './render.js';

const spec = confusionSpec(Int32Array.of(5, 1, 2, 7), ['neutral', 'angry']);

describe('renderSvg / renderPng', () => {
  it('renders an SVG with the class names and counts', async () => {
    const svg = await renderSvg(spec);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('>angry</text>');
    expect(svg).toContain('>7</text>');
  });

  it('rasterises to a PNG of twice the SVG size', async () => {
    const svg = await renderSvg(
      lossCurveSpec([
        { epoch: 0, rec: 1, disc: 0.7, gen: 0.7 },
        { epoch: 1, rec: 0.5, disc: 0.6, gen: 0.8 },
      ]),
    );
    const width = Number(/width="(\d+)"/.exec(svg)![1]);
    const png = await renderPng(
      lossCurveSpec([
        { epoch: 0, rec: 1, disc: 0.7, gen: 0.7 },
        { epoch: 1, rec: 0.5, disc: 0.6, gen: 0.8 },
      ]),
    );
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    // IHDR width, big-endian at byte 16.
    expect(Buffer.from(png).readUInt32BE(16)).toBe(2 * width);
  });
});
