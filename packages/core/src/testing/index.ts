export { expectClose, type Tolerance } from './expect-close.js';
