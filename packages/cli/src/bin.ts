#!/usr/bin/env node
import { main } from './main.js';

const argv = process.argv.slice(2);
// A cold `emocode predict` loads only its own command, not training, plotting and tfjs.
const only = argv[0] === 'predict' ? [(await import('./commands/predict.js')).predictCommand] : undefined;
process.exitCode = await main(argv, undefined, only);
