#!/usr/bin/env node
// The installed command. It is committed, unlike dist/, so pnpm links it on a fresh install
// (before anything is built) and the experiment scripts find `emocode` once turbo has built dist/.
await import('../dist/bin.js');
