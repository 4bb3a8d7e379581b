import { mergeConfig } from 'vitest/config';
import { sharedProject } from '../../vitest.shared.js';

export default mergeConfig(sharedProject({ testTimeout: 120_000 }), {});
