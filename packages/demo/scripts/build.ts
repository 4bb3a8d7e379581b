// Builds the demo into a folder (default dist/): the page and its worker bundled by esbuild, the
// bundled model, and the training utterances' 2-D codes (from the shared RAVDESS reference
// features when present).
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { trainingCodes } from './training-codes.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The model the demo ships: @emocode/predict's bundled RAVDESS model. */
export const DEMO_MODEL = resolve(root, '../predict/models/ravdess-4class');

/** Builds the demo into `out` (emptied first); returns what the build says about itself. */
export async function buildDemo(out: string): Promise<string> {
  await rm(out, { recursive: true, force: true });
  await mkdir(join(out, 'model'), { recursive: true });
  const started = performance.now();
  await build({
    entryPoints: { page: join(root, 'src/page.ts'), worker: join(root, 'src/worker.ts') },
    outdir: out,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    conditions: ['@emocode/source'],
    minify: true,
    sourcemap: true,
    logLevel: 'warning',
  });
  for (const file of ['index.html', 'demo.css']) await cp(join(root, 'src', file), join(out, file));
  for (const file of ['bundle.json', 'weights.bin']) await cp(join(DEMO_MODEL, file), join(out, 'model', file));
  // tfjs' wasm backend fetches the variant the browser runs (threads only on cross-origin isolated pages).
  const wasmDist = dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
  for (const file of ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm-threaded-simd.wasm'])
    await cp(join(wasmDist, file), join(out, file));
  const codes = await trainingCodes(DEMO_MODEL);
  await writeFile(join(out, 'training-codes.json'), JSON.stringify(codes.points));
  const scripts = (await readFile(join(out, 'page.js'))).length + (await readFile(join(out, 'worker.js'))).length;
  return `demo built into ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s: page + worker ${(scripts / 1024).toFixed(0)} KB; map: ${codes.note}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(await buildDemo(resolve(process.argv[2] ?? join(root, 'dist'))));
  console.log('open it: pnpm --filter @emocode/demo serve');
}
