// The checks' shared notebook: each check adds what it finds and carries on, so an author sees every problem
// of a file in one run instead of fixing them one at a time.
import type { DiagnosticCode } from './diagnostic-codes.ts';
import type { Diagnostic, Severity } from './diagnostics.ts';
import type { Location } from './source-map.ts';

export class DiagnosticList {
  readonly items: Diagnostic[] = [];

  constructor(readonly file: string) {}

  add(severity: Severity, code: DiagnosticCode, at: Location, message: string, hint?: string): void {
    const d: Diagnostic = { severity, code, message, file: this.file, line: at.line, column: at.column, path: at.path };
    this.items.push(hint ? { ...d, hint } : d);
  }

  error(code: DiagnosticCode, at: Location, message: string, hint?: string): void {
    this.add('error', code, at, message, hint);
  }

  warning(code: DiagnosticCode, at: Location, message: string, hint?: string): void {
    this.add('warning', code, at, message, hint);
  }

  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
}
