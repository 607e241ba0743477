// From text to plain data with positions, safely: size and binary checks first, then a nesting pre-scan (the
// YAML parser recurses once a level), then the parser, whose errors become diagnostics, then a conversion that
// refuses prototype keys and alias bombs. Anything that would hang, blow the stack or pollute a prototype
// stops here with one clear message.
import { LineCounter, parseAllDocuments, type Document, type YAMLError } from 'yaml';
import { DiagnosticList } from './diagnostic-list.ts';
import { MAX_DEPTH, findExcessiveNesting } from './nesting-depth.ts';
import { checkRawText, positionOf } from './raw-text.ts';
import { SourceMap } from './source-map.ts';
import { yamlToPlain } from './yaml-to-plain.ts';

export interface ParsedYaml {
  /** the top-level mapping as plain (prototype-less) data, or null when the text could not be read */
  readonly data: Record<string, unknown> | null;
  readonly sourceMap: SourceMap | null;
  readonly problems: DiagnosticList;
}

export function parseYaml(text: string, file: string): ParsedYaml {
  const problems = new DiagnosticList(file);
  const failed = (): ParsedYaml => ({ data: null, sourceMap: null, problems });

  const raw = checkRawText(text, file);
  if (raw.length > 0) {
    problems.items.push(...raw);
    return failed();
  }
  const deep = findExcessiveNesting(text, MAX_DEPTH);
  if (deep !== null) {
    problems.error('too-deep', { ...positionOf(text, deep), path: '' }, `the file nests more than ${MAX_DEPTH} levels deep`, 'a scenario needs about eight levels; look for unclosed [ or {');
    return failed();
  }

  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  const list = Array.isArray(docs) ? docs : [];
  const first = list[0];
  if (!first || first.contents === null) {
    problems.error('empty-file', { line: 1, column: 1, path: '' }, 'the file holds no data, only comments or blank lines', 'start from scenarios/tutorial.yaml');
    return failed();
  }
  const second = list[1];
  if (second) {
    const { line, col } = lines.linePos(second.range[0]);
    problems.error('multiple-documents', { line, column: col, path: '' }, 'the file holds more than one YAML document (a line with ---)', 'one file holds one scenario; remove the --- line');
  }
  for (const doc of list.slice(0, 1)) {
    for (const error of doc.errors) reportYamlError(problems, text, lines, error, 'error');
    for (const warning of doc.warnings) {
      // unknown tags are refused (with their position) when the data is converted
      if (warning.code !== 'TAG_RESOLVE_FAILED') reportYamlError(problems, text, lines, warning, 'warning');
    }
  }
  if (problems.hasErrors) return failed();

  const doc: Document = first;
  const sourceMap = new SourceMap(text, lines);
  const data = yamlToPlain(doc, sourceMap, problems);
  if (problems.hasErrors) return failed();
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const { line, col } = lines.linePos(doc.contents?.range?.[0] ?? 0);
    problems.error('not-a-mapping', { line, column: col, path: '' }, `the file holds ${Array.isArray(data) ? 'a list' : 'a single value'}, but a scenario is a mapping of keys (format:, id:, title: ...)`, 'start from scenarios/tutorial.yaml');
    return failed();
  }
  return { data: data as Record<string, unknown>, sourceMap, problems };
}

const HINTS: Readonly<Record<string, string>> = {
  TAB_AS_INDENT: 'indent with spaces; YAML does not allow tabs',
  MISSING_CHAR: 'a quote or bracket opened earlier is never closed',
  BAD_INDENT: 'line the keys of one mapping up in the same column',
  BLOCK_AS_IMPLICIT_KEY: 'put the nested mapping on its own lines, or quote the text if it contains ": "',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line; quote texts that contain ": "',
  UNEXPECTED_TOKEN: 'check the indentation and the punctuation of this line',
  BAD_DQ_ESCAPE: 'in double quotes, write a backslash as \\\\ or use single quotes',
};

function reportYamlError(problems: DiagnosticList, text: string, lines: LineCounter, error: YAMLError, severity: 'error' | 'warning'): void {
  const offset = error.pos[0];
  const { line, col } = lines.linePos(offset);
  const at = { line, column: col, path: '' };
  if (error.code === 'DUPLICATE_KEY') {
    const key = keyNear(text, offset);
    const where = key ? { ...at, ...position(lines, key.offset) } : at;
    problems.add(severity, 'duplicate-key', where, `the key '${key?.name ?? '?'}' appears twice in the same mapping`, 'remove or rename one of them');
    return;
  }
  if (error.code === 'RESOURCE_EXHAUSTION') {
    problems.add(severity, 'too-deep', at, 'the file nests too deeply or repeats aliases too often to be read');
    return;
  }
  const message = lowerFirst(error.message.replace(/ at line \d+, column \d+.*$/s, ''));
  problems.add(severity, severity === 'error' ? 'yaml-syntax' : 'yaml-warning', at, message, HINTS[error.code]);
}

/**
 * The key on the line of `offset` that a duplicate-key error means: the parser points at the key, or (for a key
 * with an empty value) at the end of its line, so the last "key:" starting at or before the offset is taken.
 */
function keyNear(text: string, offset: number): { name: string; offset: number } | undefined {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', start);
  const line = text.slice(start, newline === -1 ? undefined : newline);
  let found: { name: string; offset: number } | undefined;
  for (const m of line.matchAll(/("[^"]*"|'[^']*'|[^\s:#,{}[\]-][^:#,{}[\]]*?)\s*:(?=\s|$)/g)) {
    const at = start + (m.index ?? 0);
    if (found && at > offset) break;
    found = { name: (m[1] ?? '').replace(/^["']|["']$/g, ''), offset: at };
  }
  return found;
}

function position(lines: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

function lowerFirst(text: string): string {
  return text.length > 1 && /^[A-Z](?:[a-z]| )/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
