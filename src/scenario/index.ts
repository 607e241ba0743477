// The scenario file format's public face: load a scenario's text into the engine's rules with diagnostics,
// print diagnostics, and give editors the JSON Schema.
export { loadScenario, type LoadResult } from './load.ts';
export { formatDiagnostic, sortDiagnostics, hasErrors, type Diagnostic, type Severity } from './diagnostics.ts';
export { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnostic-codes.ts';
export { scenarioJsonSchema, SCHEMA_ID } from './json-schema.ts';
export { scenarioSchema, FORMAT_VERSION, type ScenarioFile } from './schema.ts';
export { compileScenario, DEFAULTS } from './compile.ts';
export { parseCondition, type ConditionResult } from './expression.ts';
export { parseReference, type RefUse, type SyntaxProblem } from './reference.ts';
export { compileShipped, type CompiledScenario, type ScenarioProblem, type ScenarioTexts, type ShippedScenarios } from './shipped.ts';
export { MAX_BYTES } from './raw-text.ts';
