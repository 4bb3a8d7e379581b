import { createProgress } from '@emocode/core/node';
import type { EpochLog } from '../epoch-log.js';
import type { TrainHooks } from '../training-loop.js';

const fmt = (v: number) => (Number.isFinite(v) ? v.toFixed(4) : '-');

/**
 * The status text of one epoch: the three losses (and validation reconstruction).
 * @example epochStatus(log) // 'rec 0.5000 disc 1.3800 gen 0.7100 val 0.6200'
 */
export function epochStatus(e: EpochLog): string {
  const val = Number.isFinite(e.validationReconstruction) ? ` val ${fmt(e.validationReconstruction)}` : '';
  return `rec ${fmt(e.reconstruction)} disc ${fmt(e.discriminator)} gen ${fmt(e.generator)}${val}`;
}

/**
 * Training hooks that draw a progress bar on stderr (one tick per epoch, with the losses),
 * chained with any `hooks` of the caller.
 * @example await trainAae(x, 1582, y, o, progressHooks({ label: 'aae d=2', epochs: o.epochs }))
 */
export function progressHooks(options: { label: string; epochs: number }, hooks: TrainHooks = {}): TrainHooks {
  const progress = createProgress({ label: options.label, total: options.epochs, unit: 'epochs' });
  return {
    onEpoch(log) {
      progress.tick(1, epochStatus(log));
      hooks.onEpoch?.(log);
    },
    onEnd(history) {
      const last = history.at(-1);
      progress.done(last ? `${epochStatus(last)} (${history.length} epochs)` : '');
      hooks.onEnd?.(history);
    },
  };
}
