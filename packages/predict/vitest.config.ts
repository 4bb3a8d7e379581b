import { mergeConfig } from 'vitest/config';
import { sharedProject } from '../../vitest.shared.js';

// Training in tests uses tiny nets: the cpu backend is fastest to start and bit-reproducible.
export default mergeConfig(sharedProject({ testTimeout: 120_000 }), { test: { env: { EMOCODE_BACKEND: 'cpu' } } });
