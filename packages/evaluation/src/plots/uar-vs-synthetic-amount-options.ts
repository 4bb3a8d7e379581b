import { z } from 'zod';
import { uarReferences } from './uar-references.js';

const uar = z.number().min(0).max(1);

/** One point of the UAR-vs-synthetic-amount plot: a system trained on `use` rows, `perClass` synthetic rows per class. */
export const uarVsSyntheticAmountRow = z.strictObject({
  system: z.string().min(1),
  use: z.enum(['synthetic-only', 'real+synthetic']),
  perClass: z.number().int().positive(),
  uar,
  sd: z.number().min(0),
});
export const uarVsSyntheticAmountInput = z.strictObject({
  rows: z.array(uarVsSyntheticAmountRow).min(1),
  /** Horizontal rules, e.g. real-only and chance. */
  references: uarReferences,
});
export type UarVsSyntheticAmountRow = z.input<typeof uarVsSyntheticAmountRow>;
export type UarVsSyntheticAmountInput = z.input<typeof uarVsSyntheticAmountInput>;
