// Small helpers for printing: numbers, tables, wrapped paragraphs, suggestions, and colour that is only ever
// decoration (every coloured thing also says what it means in words or signs).
import { distance } from 'fastest-levenshtein';
import { textOf, type Text } from '../engine/index.ts';

export { changeRange, num, signed } from '../engine/index.ts';

/** "3 errors", "1 warning". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** A share as a percentage with one decimal: "12.5%". */
export function percent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

export type Align = 'left' | 'right';

/** A plain-text table: columns padded to their widest cell, two spaces apart, no trailing spaces. */
export function table(rows: readonly (readonly string[])[], align: readonly Align[] = []): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - [...cell].length);
        return align[i] === 'right' ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

/**
 * Word-wrap a text from a file to a width, each line indented. A blank line separates paragraphs; single line
 * breaks are the file's own wrapping (YAML block text) and become spaces; every word is shown through `shown`.
 */
export function wrap(text: Text, width: number, indent = ''): string[] {
  const lines: string[] = [];
  textOf(text)
    .trim()
    .split(/\n[ \t]*\n/)
    .forEach((paragraph, i) => {
      if (i > 0) lines.push('');
      lines.push(...wrapParagraph(paragraph, width, indent));
    });
  return lines;
}

function wrapParagraph(paragraph: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/\s+/).filter(Boolean).map((w) => shown(w))) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(indent + line);
  return lines;
}

/** The closest known name to a misspelt one, when it is close enough to be a likely typo. */
export function suggest(wrong: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(wrong.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : null;
}

/** " (did you mean 'turkey'?)" or "". */
export function didYouMean(wrong: string, known: readonly string[]): string {
  const guess = suggest(wrong, known);
  return guess ? ` (did you mean '${guess}'?)` : '';
}

export interface Style {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  /** green for a rise, red for a fall: the sign is already in the text */
  readonly change: (text: string, delta: number) => string;
}

const plain: Style = { bold: (t) => t, dim: (t) => t, change: (t) => t };

const ansi: Style = {
  bold: (t) => `\u001b[1m${t}\u001b[22m`,
  dim: (t) => `\u001b[2m${t}\u001b[22m`,
  change: (t, delta) => (delta > 0 ? `\u001b[32m${t}\u001b[39m` : delta < 0 ? `\u001b[31m${t}\u001b[39m` : t),
};

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function styleFor(isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): Style {
  const noColor = env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '';
  return isTTY === true && !noColor && env['TERM'] !== 'dumb' ? ansi : plain;
}

/**
 * Characters a terminal acts on instead of showing: C0 and C1 controls (ESC starts an escape code that can clear
 * the screen, CR goes back to the start of the line, BEL rings), DEL, the bidi controls that reorder what is
 * read, and the Unicode line and paragraph separators.
 */
const UNSHOWABLE = /[\p{Cc}\p{Bidi_Control}\u2028\u2029]/gu;

const NAMED: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

const hex = (code: number, digits: number) => code.toString(16).padStart(digits, '0');

/**
 * Any text from a file, a save or the player's input, as the terminal shows it: every unshowable character is
 * written out visibly (`\x1b`, `\r`, `\x07`, `\u202e`), never passed on and never silently dropped, so a
 * crafted id cannot paint over the screen or hide what a teacher should read. Its output holds only showable
 * characters, so showing a text twice changes nothing.
 */
export function shown(text: Text, language?: string): string {
  return textOf(text, language).replace(UNSHOWABLE, (c) => {
    const code = c.codePointAt(0) ?? 0;
    return NAMED[c] ?? (code < 0x100 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`);
  });
}

/**
 * A value as JSON that is also safe on a terminal: JSON.stringify escapes C0 controls in texts but leaves DEL,
 * C1 and bidi controls raw, so they are written as \u escapes too; the JSON value is the same. The only raw
 * control left is the line break of indented JSON.
 */
export function jsonText(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(UNSHOWABLE, (c) => (c === '\n' ? c : `\\u${hex(c.codePointAt(0) ?? 0, 4)}`));
}
