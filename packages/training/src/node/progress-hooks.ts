import { createProgress, type Progress } from '@emocode/core/node';
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
 * chained with any `hooks` of the caller. The bar counts the epochs the loop will train (after its
 * `maxSteps` cap; a run resumed from a checkpoint counts those it still trains, and the label says
 * where it resumed), so rate and ETA stay true.
 * @example await trainAae(x, 1582, y, o, progressHooks({ label: 'aae d=2' }))
 */
export function progressHooks(options: { label: string; stream?: NodeJS.WriteStream }, hooks: TrainHooks = {}): TrainHooks {
  let progress: Progress | undefined;
  return {
    onStart(plan) {
      const { epochs, firstEpoch } = plan;
      progress = createProgress({
        label:
          firstEpoch > epochs
            ? `${options.label} (nothing left to train)`
            : firstEpoch > 1
              ? `${options.label} (resumed at epoch ${firstEpoch})`
              : options.label,
        total: Math.max(epochs - firstEpoch + 1, 0),
        unit: 'epochs',
        ...(options.stream ? { stream: options.stream } : {}),
      });
      hooks.onStart?.(plan);
    },
    onEpoch(log) {
      progress?.tick(1, epochStatus(log));
      hooks.onEpoch?.(log);
    },
    onEnd(history) {
      const last = history.at(-1);
      progress?.done(last ? `${epochStatus(last)} (${history.length} epochs)` : '');
      hooks.onEnd?.(history);
    },
  };
}
