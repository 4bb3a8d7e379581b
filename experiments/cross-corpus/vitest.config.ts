import { sharedProject } from '../../vitest.shared.js';

// The quick profile trains the paper-size AAE on real data: minutes, not seconds.
export default sharedProject({ testTimeout: 600_000 });
