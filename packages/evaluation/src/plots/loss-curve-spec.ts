import { parseOptions } from '@emocode/core';
import type { TopLevelSpec } from 'vega-lite';
import { lossCurveRows, type LossCurveRow } from './loss-curve-options.js';

type Panel = Extract<TopLevelSpec, { vconcat: unknown }>['vconcat'][number];

/**
 * Vega-Lite loss curves of adversarial autoencoder training in two stacked panels sharing the
 * epoch axis: reconstruction (train and, when given, validation) and the adversarial pair
 * (discriminator, generator), whose scales differ from the reconstruction loss.
 * @throws EmocodeError EMOCODE_INVALID_OPTIONS for empty rows or non-finite losses.
 * @example lossCurveSpec([{ epoch: 0, rec: 1.2, disc: 0.69, gen: 0.7, valRec: 1.3 }])
 */
export function lossCurveSpec(rows: LossCurveRow[]): TopLevelSpec {
  const parsed = parseOptions(lossCurveRows, rows, 'lossCurveSpec');
  const long = parsed.flatMap((r) => [
    { epoch: r.epoch, panel: 'reconstruction', loss: 'rec', value: r.rec },
    ...(r.valRec === undefined ? [] : [{ epoch: r.epoch, panel: 'reconstruction', loss: 'valRec', value: r.valRec }]),
    { epoch: r.epoch, panel: 'adversarial', loss: 'disc', value: r.disc },
    { epoch: r.epoch, panel: 'adversarial', loss: 'gen', value: r.gen },
  ]);
  // One legend for both panels; valRec only when there was a validation split.
  const losses = parsed.some((r) => r.valRec !== undefined) ? ['rec', 'valRec', 'disc', 'gen'] : ['rec', 'disc', 'gen'];
  const panel = (name: string): Panel => ({
    title: name,
    width: 420,
    height: 160,
    transform: [{ filter: { field: 'panel', equal: name } }],
    mark: 'line',
    encoding: {
      x: { field: 'epoch', type: 'quantitative', title: 'epoch' },
      y: { field: 'value', type: 'quantitative', title: 'loss', scale: { zero: false } },
      color: { field: 'loss', type: 'nominal', title: 'loss', scale: { domain: losses } },
    },
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: 'Training losses',
    data: { values: long },
    vconcat: [panel('reconstruction'), panel('adversarial')],
  };
}
