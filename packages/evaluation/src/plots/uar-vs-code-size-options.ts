import { z } from 'zod';

/** One point of the UAR-vs-code-size plot: mean UAR (0..1) and its sd over folds. */
export const uarVsCodeSizeRow = z.strictObject({
  method: z.string().min(1),
  codeSize: z.number().int().positive(),
  uar: z.number().min(0).max(1),
  sd: z.number().min(0),
});
export const uarVsCodeSizeRows = z.array(uarVsCodeSizeRow).min(1);
export type UarVsCodeSizeRow = z.input<typeof uarVsCodeSizeRow>;
