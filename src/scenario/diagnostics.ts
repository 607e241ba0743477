// What the checker tells a scenario author: one problem, where it is and what to do about it. Every stage of
// loading (text, YAML, schema, meaning) speaks this one shape, so the CLI, the editor and the tests print and
// sort them the same way.

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  readonly severity: Severity;
  /** a stable kebab-case code an author can search for, like "unknown-reference" */
  readonly code: string;
  readonly message: string;
  readonly file: string;
  /** 1-based */
  readonly line: number;
  /** 1-based, in characters */
  readonly column: number;
  /** where in the scenario, like "actors[2].levers[0].kind"; "" for the file as a whole */
  readonly path: string;
  readonly hint?: string;
}

/** `file:line:col: error CODE: message (hint: ...)`, always one line. */
export function formatDiagnostic(d: Diagnostic): string {
  const hint = d.hint ? ` (hint: ${oneLine(d.hint)})` : '';
  return `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${oneLine(d.message)}${hint}`;
}

/** By file, then position, errors before warnings at the same spot; the order an editor lists them in. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      severityRank(a.severity) - severityRank(b.severity) ||
      compareText(a.code, b.code) ||
      compareText(a.message, b.message),
  );
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

function severityRank(severity: Severity): number {
  return severity === 'error' ? 0 : 1;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Messages quote values from the file, which may hold line breaks; a diagnostic must stay one line to be grep-able.
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
