import { z } from 'zod';

/** One system's per-fold scores (same folds, same order for every system). */
export const systemScores = z.strictObject({
  name: z.string().min(1),
  uar: z.array(z.number().finite()).min(1),
  wa: z.array(z.number().finite()).min(1),
});

/**
 * What a report tabulates. `baseline` names the system the others are compared with (paired
 * t-test and sign test over folds); `digits` is the number of decimals of percentages in Markdown.
 */
export const reportInput = z
  .strictObject({
    systems: z.array(systemScores).min(1),
    baseline: z.string().optional(),
    digits: z.number().int().min(0).max(6).default(1),
  })
  .refine((r) => new Set(r.systems.map((s) => s.name)).size === r.systems.length, {
    path: ['systems'],
    error: 'system names must be unique',
  })
  .refine((r) => r.systems.every((s) => s.uar.length === r.systems[0]!.uar.length && s.wa.length === s.uar.length), {
    path: ['systems'],
    error: 'every system must have the same number of folds, in uar and wa',
  })
  .refine((r) => r.baseline === undefined || r.systems.some((s) => s.name === r.baseline), {
    path: ['baseline'],
    error: 'must name one of the systems',
  });
export type ReportInput = z.input<typeof reportInput>;
export type ResolvedReportInput = z.output<typeof reportInput>;
