// Feature and LLD names of the IS10 set in output order, IS10_SPEC.md §8.2 and §8.3.
import { FUNCTIONALS_19, FUNCTIONALS_21 } from './functionals/functional-set.js';

const range = (prefix: string, suffix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${suffix}[${i}]`);

/** lld1 contour names with a suffix after "_sma" ('' or '_de'), §8.2 D1 / D1de (34). */
function lld1Names(suffix: string): string[] {
  return [
    `pcm_loudness_sma${suffix}`,
    ...range('mfcc_sma', suffix, 15),
    ...range('logMelFreqBand_sma', suffix, 8),
    ...range('lspFreq_sma', suffix, 8),
    `F0finEnv_sma${suffix}`,
    `voicingFinalUnclipped_sma${suffix}`,
  ];
}

/** lld2 contour names, §8.2 D2 / D2de (4). */
function lld2Names(suffix: string): string[] {
  return ['F0final', 'jitterLocal', 'jitterDDP', 'shimmerLocal'].map((n) => `${n}_sma${suffix}`);
}

/** The 68 group-1 contours (D1 ++ D1de) and 8 group-2 contours (D2 ++ D2de) of §8.2. */
export const IS10_GROUP1_CONTOURS: readonly string[] = Object.freeze([...lld1Names(''), ...lld1Names('_de')]);
export const IS10_GROUP2_CONTOURS: readonly string[] = Object.freeze([...lld2Names(''), ...lld2Names('_de')]);

/**
 * The 76 columns of the IS10 LLD table (§8.3): D1, D2, D1de, D2de, without `name`/`frameTime`.
 */
export const IS10_LLD_NAMES: readonly string[] = Object.freeze([
  ...lld1Names(''),
  ...lld2Names(''),
  ...lld1Names('_de'),
  ...lld2Names('_de'),
]);

/**
 * The 1582 IS10 feature names in output order (§8.2), exactly as in openSMILE's CSV header:
 * 68 contours × 21 functionals, 8 × 19, then `F0final__Turn_onsetRate`, `F0final__Turn_duration`.
 */
export const IS10_FEATURE_NAMES: readonly string[] = Object.freeze([
  ...IS10_GROUP1_CONTOURS.flatMap((lld) => FUNCTIONALS_21.map((f) => `${lld}_${f}`)),
  ...IS10_GROUP2_CONTOURS.flatMap((lld) => FUNCTIONALS_19.map((f) => `${lld}_${f}`)),
  'F0final__Turn_onsetRate',
  'F0final__Turn_duration',
]);
