#!/usr/bin/env -S node --max-semi-space-size=64
// A larger young generation: analysis makes many short-lived objects (tokens, features), and with
// the default semi-space most of the tokenizer's time went to scavenges (`npm run bench -- extract`).
// Runs the TypeScript sources directly through tsx, so there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
