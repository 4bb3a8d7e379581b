// Agreement of extractIs10 with openSMILE over a spread of RAVDESS files, per LLD group, and its
// single-thread speed (IS10_SPEC.md §11.7 measure: |ours − ref| / max(|ref|, 1e-3)).
// Run from the repo root:
//   node --conditions=@emocode/source --import tsx packages/features/bench/is10-agreement.ts [files=80]
import { featureGroup } from '../src/compare/feature-group.js';
import { extractIs10, IS10_FEATURE_NAMES } from '../src/is10.js';
import { ravdessSamples, referenceFunctionals, referenceInstances, relativeError } from '../src/testing/is10-reference.js';

const count = Number(process.argv[2] ?? 80);
const all = referenceInstances();
// An even spread over the corpus (all actors and emotions), deterministic.
const instances = all.filter((_, i) => i % Math.max(1, Math.floor(all.length / count)) === 0).slice(0, count);
const ref = referenceFunctionals(instances);

const groups = new Map<string, { n: number; within3: number; within2: number }>();
let audioSeconds = 0;
let worstFile = { name: '', share: 1 };
let ms = 0;
for (const inst of instances) {
  const x = ravdessSamples(inst.split('/')[1].replace('.wav', ''));
  const t0 = performance.now();
  const ours = extractIs10(x, { sampleRateHz: 16000 });
  ms += performance.now() - t0;
  audioSeconds += x.length / 16000;
  const want = ref.rows.get(inst)!;
  let fileClose = 0;
  IS10_FEATURE_NAMES.forEach((name, k) => {
    const g = groups.get(featureGroup(name)) ?? { n: 0, within3: 0, within2: 0 };
    const r = relativeError(ours[k], want[k]);
    g.n++;
    if (r <= 1e-3) g.within3++;
    if (r <= 1e-3) fileClose++;
    if (r <= 1e-2) g.within2++;
    groups.set(featureGroup(name), g);
  });
  if (fileClose / ours.length < worstFile.share) worstFile = { name: inst, share: fileClose / ours.length };
}
let n = 0;
let w3 = 0;
let w2 = 0;
console.log(`files ${instances.length}, audio ${audioSeconds.toFixed(1)} s`);
console.log('group            values  ≤1e-3 rel  ≤1e-2 rel');
for (const [g, s] of groups) {
  n += s.n;
  w3 += s.within3;
  w2 += s.within2;
  console.log(
    `${g.padEnd(16)} ${String(s.n).padStart(6)}  ${((100 * s.within3) / s.n).toFixed(2).padStart(8)}%  ${((100 * s.within2) / s.n).toFixed(2).padStart(8)}%`,
  );
}
console.log(
  `${'all'.padEnd(16)} ${String(n).padStart(6)}  ${((100 * w3) / n).toFixed(2).padStart(8)}%  ${((100 * w2) / n).toFixed(2).padStart(8)}%`,
);
console.log(`worst file: ${worstFile.name} ${(100 * worstFile.share).toFixed(2)}% within 1e-3`);
console.log(`extractIs10: ${(ms / audioSeconds).toFixed(2)} ms per audio second (one thread, includes JIT warm-up)`);
