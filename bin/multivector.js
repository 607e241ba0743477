#!/usr/bin/env node
// The `multivector` command. The code lives in dist/, compiled from src/cli by `npm run build:cli`
// (run by `npm install` through the "prepare" script).
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('multivector: the command is not built yet; run `npm run build:cli` in the project folder first.\n');
  process.exit(1);
}
try {
  const { runProcess } = await import(main.href);
  await runProcess();
} catch (error) {
  process.stderr.write(`multivector: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
  process.exitCode = 1;
}
