// A scenario file from disk to compiled rules: the file's own problems (missing, too large, binary) become
// diagnostics just like the checker's, so every command reports them the same way.
import type { Rules } from '../engine/index.ts';
import { formatDiagnostic, loadScenario, type Diagnostic, type ScenarioFile } from '../scenario/index.ts';
import type { Output } from './io.ts';
import { plural, shown } from './format.ts';
import { readTextFile } from './read-file.ts';

export type Loaded =
  | { readonly ok: true; readonly rules: Rules; readonly source: ScenarioFile; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** A problem with the file as a whole, where there is no better position than its start. */
export function fileDiagnostic(file: string, code: string, message: string): Diagnostic {
  return { severity: 'error', code, message, file, line: 1, column: 1, path: '' };
}

export async function loadScenarioFile(file: string): Promise<Loaded> {
  const read = await readTextFile(file, 'scenario file');
  if (!read.ok) return { ok: false, diagnostics: [fileDiagnostic(file, read.code, `${file} ${read.message}`)] };
  let loaded: ReturnType<typeof loadScenario>;
  try {
    loaded = loadScenario(read.text, file);
  } catch (error) {
    // The checker should never throw; if it does, the user still gets one line, not a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, diagnostics: [fileDiagnostic(file, 'internal-error', `the scenario checker failed: ${message}`)] };
  }
  const { rules, source, diagnostics } = loaded;
  const failed = diagnostics.some((d) => d.severity === 'error');
  if (failed || rules === null || source === null) return { ok: false, diagnostics };
  return { ok: true, rules, source, diagnostics };
}

/**
 * `file:line:col: error CODE: message` for the terminal. The file's name, the message and the hint quote what
 * the file holds, so each is shown before the line is put together (a line break in a quoted id shows as `\n`).
 */
export function diagnosticLine(d: Diagnostic): string {
  const hint = d.hint === undefined ? {} : { hint: shown(d.hint) };
  return formatDiagnostic({ ...d, file: shown(d.file), code: shown(d.code), message: shown(d.message), ...hint });
}

/** "FILE: 2 errors; the scenario cannot be used until they are fixed (see multivector validate FILE)" */
export function unusableSummary(file: string, diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return `${file}: ${plural(errors, 'error')}; the scenario cannot be used until they are fixed (see multivector validate ${file})`;
}

/** For commands that need a good scenario: print why it is not, on stderr. */
export function reportUnusable(file: string, diagnostics: readonly Diagnostic[], stderr: Output): void {
  for (const d of diagnostics) if (d.severity === 'error') stderr.write(`${diagnosticLine(d)}\n`);
  stderr.write(`${shown(unusableSummary(file, diagnostics))}\n`);
}
