import { join } from 'node:path';
import { lossCurveSpec } from '@emocode/evaluation';
import { writePlot } from '@emocode/evaluation/node';
import type { Unit } from './experiment-units.js';
import { fileSlug } from './file-slug.js';
import type { UnitResult } from './fold-data.js';

/**
 * Writes `loss-curves-<row>.{vl.json,svg,png}` for every AAE row: the first seed's fold-0 losses
 * per epoch (reconstruction; discriminator and generator). Runs stored before losses were kept
 * have none. Returns the paths written.
 */
export async function writeLossCurves(dir: string, results: Map<Unit, UnitResult>): Promise<string[]> {
  const out: string[] = [];
  const done = new Set<string>();
  for (const [unit, r] of results) {
    if (unit.fold !== 0 || !r.losses?.length || done.has(unit.key)) continue;
    done.add(unit.key);
    out.push(...(await writePlot(join(dir, `loss-curves-${fileSlug(unit.rows[0]!.name)}`), lossCurveSpec(r.losses))));
  }
  return out;
}
