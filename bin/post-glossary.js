#!/usr/bin/env node
// `npx post-glossary`: see `post-glossary --help`. The command line itself is dist/cli.js (src/cli.ts).
import { main } from '../dist/cli.js';

process.exitCode = main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (line) => process.stderr.write(`${line}\n`),
});
