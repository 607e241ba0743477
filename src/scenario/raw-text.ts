// Checks on the file's text before any YAML parser sees it: too large to be a scenario, or not text at all.
// These fail fast and alone, because parsing megabytes of binary junk only buries the one useful message.
import type { DiagnosticCode } from './diagnostic-codes.ts';
import type { Diagnostic } from './diagnostics.ts';

/** A hand-written scenario is tens of kilobytes; four megabytes leaves room for generated ones. */
export const MAX_BYTES = 4 * 1024 * 1024;

const REPLACEMENT = 0xfffd;

export function checkRawText(text: string, file: string): Diagnostic[] {
  const bytes = utf8Length(text, MAX_BYTES);
  if (bytes > MAX_BYTES) {
    return [
      fileProblem(file, 'too-large', `the file is larger than ${MAX_BYTES / 1024 / 1024} MB; a scenario is a few hundred kilobytes at most`, 'is this the right file?'),
    ];
  }
  const junk = firstJunk(text);
  if (junk !== null) {
    const { line, column } = positionOf(text, junk.offset);
    return [
      {
        severity: 'error',
        code: 'not-text',
        message: junk.what,
        file,
        line,
        column,
        path: '',
        hint: 'a scenario is a UTF-8 text file; save it as UTF-8 from your editor',
      },
    ];
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') return [fileProblem(file, 'empty-file', 'the file is empty', 'start from scenarios/tutorial.yaml')];
  return [];
}

/** 1-based line and column of a character offset, for problems found before the YAML parser's line counter exists. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

// Counting rather than encoding: no 4 MB buffer just to learn it is too big, and it stops at the limit.
function utf8Length(text: string, stopAbove: number): number {
  if (text.length * 3 <= stopAbove) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAbove; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function firstJunk(text: string): { offset: number; what: string } | null {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return { offset: i, what: 'the file holds NUL bytes: it looks like a binary file, not a YAML text' };
    if (code === REPLACEMENT) {
      return { offset: i, what: 'the file is not valid UTF-8 (a byte sequence could not be decoded)' };
    }
    // Tabs, line breaks and the byte order mark are text; other control characters only come from binary data.
    if ((code < 0x20 && code !== 9 && code !== 10 && code !== 13) || code === 0x7f) {
      return { offset: i, what: `the file holds a control character (U+${code.toString(16).padStart(4, '0').toUpperCase()}): it looks like a binary file` };
    }
  }
  return null;
}

function fileProblem(file: string, code: DiagnosticCode, message: string, hint: string): Diagnostic {
  return { severity: 'error', code, message, file, line: 1, column: 1, path: '', hint };
}
