// The words of the condition language: numbers, references (dotted names), comparison operators, parentheses.
// Common habits from other languages (=, &&, ||, !) get a message that says what to write instead.
import type { SyntaxProblem } from './reference.ts';

export type Token =
  | { readonly type: 'number'; readonly value: number; readonly text: string; readonly offset: number }
  | { readonly type: 'word'; readonly text: string; readonly offset: number }
  | { readonly type: 'compare'; readonly text: '<' | '<=' | '>' | '>=' | '==' | '!='; readonly offset: number }
  | { readonly type: '(' | ')' | 'end'; readonly text: string; readonly offset: number };

export type LexResult = { readonly ok: true; readonly tokens: Token[] } | { readonly ok: false; readonly problem: SyntaxProblem };

const WORD_START = /[A-Za-z_]/;
const WORD_CHAR = /[A-Za-z0-9_.-]/;
const DIGIT = /[0-9]/;
// sticky, so a number is read where it stands without copying the rest of the condition
const NUMBER = /[-+]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?/y;
const UNTIL_OPERATOR = /[^\s()<>=!]*/y;
// YAML's way of writing infinity and not-a-number, which a condition might copy
const YAML_INFINITY = /[-+]?\.(?:inf|nan)\b/iy;
const FINITE_HINT = 'the numbers a condition compares with lie between -1000 and 1000';

const HABITS: ReadonlyMap<string, string> = new Map(Object.entries({
  '&&': "write 'and'",
  '||': "write 'or'",
  '&': "write 'and'",
  '|': "write 'or'",
  '!': "write 'not'",
  '=': "write '==' to compare",
  '=>': "write '>='",
  '=<': "write '<='",
  '<>': "write '!='",
}));

export function lex(text: string): LexResult {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (message: string, offset: number, hint?: string): LexResult => ({
    ok: false,
    problem: hint ? { code: 'bad-condition', message, offset, hint } : { code: 'bad-condition', message, offset },
  });
  while (i < text.length) {
    const c = text[i] ?? '';
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (c === '(' || c === ')') {
      tokens.push({ type: c, text: c, offset: i });
      i++;
      continue;
    }
    const two = text.slice(i, i + 2);
    if (two === '<=' || two === '>=' || two === '==' || two === '!=') {
      tokens.push({ type: 'compare', text: two, offset: i });
      i += 2;
      continue;
    }
    const habit = HABITS.get(two) ?? (c === '<' || c === '>' ? undefined : HABITS.get(c));
    if (habit !== undefined) {
      const written = HABITS.has(two) ? two : c;
      return fail(`'${written}' is not an operator of the condition language`, i, habit);
    }
    if (c === '<' || c === '>') {
      tokens.push({ type: 'compare', text: c, offset: i });
      i++;
      continue;
    }
    if (DIGIT.test(c) || ((c === '-' || c === '+' || c === '.') && DIGIT.test(text[i + 1] ?? ''))) {
      const written = match(NUMBER, text, i) || c;
      const after = text[i + written.length] ?? '';
      if (WORD_START.test(after)) return fail(`'${match(UNTIL_OPERATOR, text, i)}' is neither a number nor a reference`, i, 'references start with a letter');
      const value = Number(written);
      // 1e999 would be Infinity, which a saved scenario cannot tell from -1e999
      if (!Number.isFinite(value)) return fail(`'${written}' is too far from 0 to be a number (it would read as infinity)`, i, FINITE_HINT);
      tokens.push({ type: 'number', value, text: written, offset: i });
      i += written.length;
      continue;
    }
    const infinity = match(YAML_INFINITY, text, i);
    if (infinity !== '') return fail(`'${infinity}' is not a finite number`, i, FINITE_HINT);
    if (WORD_START.test(c)) {
      let j = i + 1;
      while (j < text.length && WORD_CHAR.test(text[j] ?? '')) j++;
      tokens.push({ type: 'word', text: text.slice(i, j), offset: i });
      i = j;
      continue;
    }
    if (c === '"' || c === "'") return fail('a condition needs no quotes inside it', i, 'write stage names and ids without quotes: stage.talks >= formula');
    return fail(`unexpected character '${c}' in a condition`, i, 'a condition uses references, numbers, < <= > >= == !=, and, or, not and parentheses');
  }
  tokens.push({ type: 'end', text: '', offset: text.length });
  return { ok: true, tokens };
}

/** The text `pattern` (a sticky regular expression) matches at `at`, or ''. */
function match(pattern: RegExp, text: string, at: number): string {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0] ?? '';
}
