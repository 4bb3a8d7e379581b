import { mergeConfig } from 'vitest/config';
import { sharedProject } from '../../vitest.shared.js';

// Tests are tiny nets: the cpu backend is fastest to start and bit-reproducible.
export default mergeConfig(sharedProject(), { test: { env: { EMOCODE_BACKEND: 'cpu' } } });
