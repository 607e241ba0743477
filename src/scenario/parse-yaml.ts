// From text to plain data with positions, safely: size and binary checks first, then a nesting pre-scan (the
// YAML parser recurses once a level), then the parser, whose errors become diagnostics, then a conversion that
// refuses prototype keys and alias bombs. Anything that would hang, blow the stack or pollute a prototype
// stops here with one clear message.
import { Composer, LineCounter, Parser, type Document, type YAMLError } from 'yaml';
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

export function parseYaml(written: string, file: string): ParsedYaml {
  const problems = new DiagnosticList(file);
  const failed = (): ParsedYaml => ({ data: null, sourceMap: null, problems });
  const text = withLineFeeds(withoutByteOrderMark(written));

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
  const list = firstDocuments(text, lines);
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
  for (const error of first.errors) reportYamlError(problems, lines, error, 'error');
  for (const warning of first.warnings) {
    // unknown tags are refused (with their position) when the data is converted, other YAML versions just below
    if (warning.code !== 'TAG_RESOLVE_FAILED' && !isVersionWarning(warning)) reportYamlError(problems, lines, warning, 'warning');
  }
  checkYamlVersion(text, first, lines, problems);
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

const HINTS: ReadonlyMap<string, string> = new Map(Object.entries({
  TAB_AS_INDENT: 'indent with spaces; YAML does not allow tabs',
  MISSING_CHAR: 'a quote or bracket opened earlier is never closed',
  BAD_INDENT: 'line the keys of one mapping up in the same column',
  BLOCK_AS_IMPLICIT_KEY: 'put the nested mapping on its own lines, or quote the text if it contains ": "',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line; quote texts that contain ": "',
  UNEXPECTED_TOKEN: 'check the indentation and the punctuation of this line',
  BAD_DQ_ESCAPE: 'in double quotes, write a backslash as \\\\ or use single quotes',
}));

function reportYamlError(problems: DiagnosticList, lines: LineCounter, error: YAMLError, severity: 'error' | 'warning'): void {
  const offset = error.pos[0];
  const { line, col } = lines.linePos(offset);
  const at = { line, column: col, path: '' };
  if (error.code === 'RESOURCE_EXHAUSTION') {
    problems.add(severity, 'too-deep', at, 'the file nests too deeply or repeats aliases too often to be read');
    return;
  }
  const message = lowerFirst(error.message.replace(/ at line \d+, column \d+.*$/s, ''));
  problems.add(severity, severity === 'error' ? 'yaml-syntax' : 'yaml-warning', at, message, HINTS.get(error.code));
}

/**
 * The file's first document, and the second if there is one (which is an error): the rest are never read, since
 * a file of 80,000 one-line documents took seconds to parse in full. Keys seen twice are found while converting,
 * because the parser's own check compares each key with every earlier one.
 */
function firstDocuments(text: string, lines: LineCounter): Document.Parsed[] {
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false, strict: true });
  const docs: Document.Parsed[] = [];
  for (const doc of composer.compose(new Parser(lines.addNewLine).parse(text))) {
    docs.push(doc);
    if (docs.length === 2) break;
  }
  return docs;
}

/**
 * A byte order mark is not part of the text: a reader that decodes the file drops it, but one that reads it as a
 * string (the site's build) keeps it, and the parser then reads "\uFEFF%YAML 1.1" as a plain word, not as a
 * directive. Dropped here, both read the same file the same way (and line 1's columns are the ones an editor shows).
 */
function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Old Mac files end their lines with CR alone. YAML 1.2 reads a CR as a line break, but the parser only breaks
 * lines at LF, so such a file would read as one long comment line: a lone CR becomes an LF (one character for
 * one, so every position stays where it was).
 */
function withLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/**
 * A scenario is read as YAML 1.2, where 015 is fifteen and yes is a word. Under a %YAML 1.1 header the parser
 * would read those as thirteen and true, so the number would not mean what the file shows: any version but 1.2
 * is refused, at its directive.
 */
function checkYamlVersion(text: string, doc: Document, lines: LineCounter, problems: DiagnosticList): void {
  const directives = text.slice(0, doc.contents?.range?.[0] ?? 0);
  const found = /^%YAML[ \t]+([^\s#]*)/m.exec(directives);
  if (!found || found[1] === '1.2') return;
  const { line, col } = lines.linePos(found.index);
  problems.error('yaml-version', { line, column: col, path: '' }, `the file asks for YAML ${found[1]}, but scenarios are read as YAML 1.2 (where 015 is fifteen and yes is a word)`, 'remove the %YAML line, or write %YAML 1.2');
}

function isVersionWarning(warning: YAMLError): boolean {
  return warning.code === 'BAD_DIRECTIVE' && /YAML version/i.test(warning.message);
}

function lowerFirst(text: string): string {
  return text.length > 1 && /^[A-Z](?:[a-z]| )/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
