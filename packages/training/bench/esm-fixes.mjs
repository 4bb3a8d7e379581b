// Until training/src/phases.ts stops deep-importing tfjs-core's ESM register_all_gradients (which
// plain Node cannot load), make that import empty: selectBackend() registers the same gradients
// through tfjs-layers' Node bundle before any training starts.
import { register } from 'node:module';

const hook = `export async function resolve(s, c, next) {
  if (s === '@tensorflow/tfjs-core/dist/register_all_gradients') return { url: 'data:text/javascript,', shortCircuit: true };
  return next(s, c);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
