import type { LossCurveRow } from '@emocode/evaluation';
import type { EpochLog } from '@emocode/training';

/**
 * A training history as loss-curve rows; epochs with a non-finite loss (e.g. no adversary) are
 * left out, and `digits` rounds the values (experiment runs keep 4, enough for a plot).
 * @example lossRows(model.history) // [{ epoch: 1, rec: 0.93, disc: 1.38, gen: 0.7 }, …]
 */
export function lossRows(history: readonly EpochLog[], digits?: number): LossCurveRow[] {
  const round = digits === undefined ? (v: number) => v : (v: number) => Number(v.toFixed(digits));
  return history
    .filter((e) => [e.reconstruction, e.discriminator, e.generator].every(Number.isFinite))
    .map((e) => ({
      epoch: e.epoch,
      rec: round(e.reconstruction),
      disc: round(e.discriminator),
      gen: round(e.generator),
      ...(Number.isFinite(e.validationReconstruction) ? { valRec: round(e.validationReconstruction) } : {}),
    }));
}
