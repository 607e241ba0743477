// `multivector validate FILE...`: every problem of every file, one line each, then a summary.
import type { Diagnostic } from '../scenario/index.ts';
import { jsonText, plural } from './format.ts';
import { EXIT_FAILURE, EXIT_OK, type Io } from './io.ts';
import { diagnosticLine, loadScenarioFile } from './load.ts';

export interface ValidateOptions {
  readonly json?: boolean;
}

export async function validateCommand(files: readonly string[], options: ValidateOptions, io: Io): Promise<number> {
  const all: Diagnostic[] = [];
  for (const file of files) {
    const { diagnostics } = await loadScenarioFile(file);
    all.push(...diagnostics);
    if (!options.json) for (const d of diagnostics) io.stdout.write(`${diagnosticLine(d)}\n`);
  }
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.length - errors;
  if (options.json) {
    io.stdout.write(`${jsonText(all, 2)}\n`);
  } else {
    io.stdout.write(`${plural(files.length, 'file')}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`);
  }
  return errors > 0 ? EXIT_FAILURE : EXIT_OK;
}
