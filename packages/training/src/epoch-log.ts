/** Mean losses of one epoch (over its mini-batches). */
export interface EpochLog {
  /** 1-based. */
  readonly epoch: number;
  /** Mean squared reconstruction error (per feature) on the training batches, with dropout. */
  readonly reconstruction: number;
  /** Discriminator binary cross-entropy (prior + code terms); NaN for the plain autoencoder. */
  readonly discriminator: number;
  /** Encoder-as-generator binary cross-entropy; NaN for the plain autoencoder. */
  readonly generator: number;
  /** Reconstruction MSE on the validation rows without dropout; NaN without validation rows. */
  readonly validationReconstruction: number;
  /** Optional supervised head cross-entropy; NaN when off. */
  readonly supervised: number;
  readonly seconds: number;
}

const columns = ['epoch', 'rec', 'disc', 'gen', 'val_rec'] as const;

/**
 * Loss curves as CSV text (`epoch,rec,disc,gen,val_rec`, one row per epoch, empty cells for
 * NaN), for plotting by evaluation/cli.
 * @example writeFileAtomic('loss.csv', lossCurveCsv(model.history))
 */
export function lossCurveCsv(history: readonly EpochLog[]): string {
  const cell = (v: number) => (Number.isFinite(v) ? String(v) : '');
  const lines = history.map((e) =>
    [e.epoch, e.reconstruction, e.discriminator, e.generator, e.validationReconstruction].map(cell).join(','),
  );
  return `${[columns.join(','), ...lines].join('\n')}\n`;
}

/** JSON turns NaN into null; this puts NaN back in every loss of a parsed history. */
export function reviveHistory(history: readonly EpochLog[]): EpochLog[] {
  return history.map((e) => {
    const out: Record<string, number> = {};
    for (const [key, value] of Object.entries(e)) out[key] = typeof value === 'number' ? value : Number.NaN;
    return out as unknown as EpochLog;
  });
}
