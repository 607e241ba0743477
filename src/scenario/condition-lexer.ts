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
      const match = /^[-+]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?/.exec(text.slice(i));
      const written = match?.[0] ?? c;
      const after = text[i + written.length] ?? '';
      if (WORD_START.test(after)) return fail(`'${text.slice(i).split(/[\s()<>=!]/)[0]}' is neither a number nor a reference`, i, 'references start with a letter');
      tokens.push({ type: 'number', value: Number(written), text: written, offset: i });
      i += written.length;
      continue;
    }
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
