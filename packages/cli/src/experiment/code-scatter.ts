import { join } from 'node:path';
import { codeScatterSpec } from '@emocode/evaluation';
import { writePlot } from '@emocode/evaluation/node';
import type { Codes } from './compression-unit.js';
import type { Unit } from './experiment-units.js';
import { fileSlug } from './file-slug.js';
import type { UnitResult } from './fold-data.js';

type KeptCodes = Pick<UnitResult, 'codes2d' | 'trainCodes2d' | 'trainTruth' | 'prior2d'>;

/** What a unit keeps of its codes for the scatter plot: everything when they are 2-D, else nothing. */
export function keptCodes(codes: Codes, trainLabels: Int32Array): KeptCodes {
  if (codes.dims !== 2) return {};
  // 4 decimals are plenty for a plot and keep the stored runs small.
  const round = (values: Float32Array) => Array.from(values, (v) => Math.round(v * 1e4) / 1e4);
  return {
    codes2d: round(codes.test),
    trainCodes2d: round(codes.train),
    trainTruth: Array.from(trainLabels),
    ...(codes.prior ? { prior2d: { means: round(codes.prior.means), sd: codes.prior.sd } } : {}),
  };
}

/**
 * Writes `codes-<row>-fold0.{vl.json,svg,png}` for every 2-D AAE row: the first seed's fold-0
 * train and test codes by class, with the prior's components. Runs stored before train codes
 * and the prior were kept plot their test codes alone. Returns the paths written.
 */
export async function writeCodeScatters(dir: string, classes: string[], results: Map<Unit, UnitResult>): Promise<string[]> {
  const out: string[] = [];
  const done = new Set<string>();
  for (const [unit, r] of results) {
    if (unit.system.method !== 'aae' || unit.fold !== 0 || !r.codes2d || done.has(unit.key)) continue;
    done.add(unit.key);
    const name = unit.rows[0]!.name;
    out.push(...(await writePlot(join(dir, `codes-${fileSlug(name)}-fold0`), scatterSpec(name, unit.seed ?? 0, r, classes))));
  }
  return out;
}

function scatterSpec(name: string, seed: number, r: UnitResult, classes: string[]) {
  const train = r.trainCodes2d && r.trainTruth ? { codes: r.trainCodes2d, labels: r.trainTruth } : { codes: [], labels: [] };
  const split = [...train.labels.map(() => 'train' as const), ...r.truth.map(() => 'test' as const)];
  const prior = r.prior2d ? { priorMeans: Float32Array.from(r.prior2d.means), priorSd: r.prior2d.sd } : {};
  const shown = `${train.labels.length > 0 ? 'train + test' : 'test'} codes${r.prior2d ? ', class prior 1σ/2σ' : ''}`;
  return codeScatterSpec({
    codes: Float32Array.from([...train.codes, ...r.codes2d!]),
    dims: 2,
    labels: Int32Array.from([...train.labels, ...r.truth]),
    classes,
    split,
    ...prior,
    title: `${name}, fold 0, seed ${seed}: ${shown}`,
  });
}
