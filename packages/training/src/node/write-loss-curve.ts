import { writeFileAtomic } from '@emocode/core/node';
import { lossCurveCsv, type EpochLog } from '../epoch-log.js';

/**
 * Writes `epoch,rec,disc,gen,val_rec` CSV for `history` to `path` atomically.
 * @example await writeLossCurve('runs/a/loss-curve.csv', trained.history)
 */
export async function writeLossCurve(path: string, history: readonly EpochLog[]): Promise<void> {
  await writeFileAtomic(path, lossCurveCsv(history));
}
