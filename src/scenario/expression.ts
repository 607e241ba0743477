// The condition language: "attitude.russia < -20 and not fired.letter", "stage.jet-crisis >= formula".
// A small recursive-descent parser producing the engine's Condition data; nothing from the file is ever run.
//   condition  := and ('or' and)*
//   and        := unary ('and' unary)*
//   unary      := 'not' unary | '(' condition ')' | 'true' | 'false' | comparison
//   comparison := operand (('<' | '<=' | '>' | '>=' | '==' | '!=') operand)?     a bare reference means "!= 0"
//   operand    := number | reference | stage name (none .. implementation, only beside stage.TRACK)
import { STAGES, type Comparison, type Condition, type Operand } from '../engine/types.ts';
import { lex, type Token } from './condition-lexer.ts';
import { parseReference, type RefUse, type SyntaxProblem } from './reference.ts';

/** Parentheses and "not" nest; a real condition uses two or three levels, and the limit keeps recursion shallow. */
export const MAX_CONDITION_DEPTH = 32;

const KEYWORDS = new Set(['and', 'or', 'not', 'true', 'false']);
const STAGE_NUMBER: ReadonlyMap<string, number> = new Map(STAGES.map((s, i) => [s, i]));

export type ConditionResult =
  | { readonly ok: true; readonly condition: Condition; readonly refs: readonly RefUse[] }
  | { readonly ok: false; readonly problem: SyntaxProblem };

class ParseFailure extends Error {
  constructor(readonly problem: SyntaxProblem) {
    super(problem.message);
  }
}

type Parsed = { kind: 'ref'; use: RefUse } | { kind: 'number'; value: number; token: Token } | { kind: 'stage'; value: number; token: Token };

// Generated and hand-written scenarios repeat conditions ("turn >= 3"), and checking and compiling both parse
// them, so results are remembered (within a bound, so memory stays flat). They are frozen, because one result
// may end up in the rules of several loads.
const remembered = new Map<string, ConditionResult>();
const REMEMBER_AT_MOST = 5000;

export function parseCondition(text: string): ConditionResult {
  const known = remembered.get(text);
  if (known) return known;
  const result = deepFreeze(parseFresh(text));
  if (remembered.size >= REMEMBER_AT_MOST) remembered.clear();
  remembered.set(text, result);
  return result;
}

function parseFresh(text: string): ConditionResult {
  const lexed = lex(text);
  if (!lexed.ok) return lexed;
  if (lexed.tokens.length === 1) return { ok: false, problem: { code: 'bad-condition', message: 'the condition is empty', offset: 0, hint: 'write true for "always"' } };
  const parser = new Parser(lexed.tokens);
  try {
    const condition = parser.parse();
    return { ok: true, condition, refs: parser.refs };
  } catch (error) {
    if (error instanceof ParseFailure) return { ok: false, problem: error.problem };
    throw error;
  }
}

class Parser {
  readonly refs: RefUse[] = [];
  private i = 0;
  private depth = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parse(): Condition {
    const condition = this.or();
    const next = this.peek();
    if (next.type === ')') this.fail(`')' closes nothing`, next, 'remove it, or add the ( it belongs to');
    if (next.type === 'word' && KEYWORDS.has(next.text.toLowerCase())) this.fail(`write '${next.text.toLowerCase()}' in lower case`, next);
    if (next.type !== 'end') this.fail(`'${next.text}' follows a complete condition`, next, "join conditions with 'and' or 'or'");
    return condition;
  }

  private or(): Condition {
    const args = [this.and()];
    while (this.isWord('or')) {
      this.i++;
      args.push(this.and());
    }
    return args.length === 1 ? (args[0] as Condition) : { op: 'or', args };
  }

  private and(): Condition {
    const args = [this.unary()];
    while (this.isWord('and')) {
      this.i++;
      args.push(this.unary());
    }
    return args.length === 1 ? (args[0] as Condition) : { op: 'and', args };
  }

  private unary(): Condition {
    const token = this.peek();
    if (++this.depth > MAX_CONDITION_DEPTH) this.fail(`the condition nests more than ${MAX_CONDITION_DEPTH} levels deep`, token);
    try {
      if (this.isWord('not')) {
        this.i++;
        return { op: 'not', arg: this.unary() };
      }
      if (token.type === '(') {
        this.i++;
        const inner = this.or();
        const close = this.peek();
        if (close.type !== ')') {
          if (close.type === 'end') this.fail(`the '(' here is never closed`, token, "add a ')'");
          this.fail(`expected ')' or 'and'/'or', found '${close.text}'`, close);
        }
        this.i++;
        return inner;
      }
      if (this.isWord('true')) {
        this.i++;
        return { op: 'true' };
      }
      if (this.isWord('false')) {
        this.i++;
        return { op: 'not', arg: { op: 'true' } };
      }
      return this.comparison();
    } finally {
      this.depth--;
    }
  }

  private comparison(): Condition {
    const left = this.operand('a reference');
    const op = this.peek();
    if (op.type !== 'compare') {
      if (left.kind === 'ref') return { op: 'cmp', cmp: '!=', left: { ref: left.use.ref }, right: { value: 0 } };
      if (left.kind === 'stage') this.fail(`'${left.token.text}' is a stage: compare it with stage.TRACK`, left.token, `like stage.talks >= ${left.token.text}`);
      this.fail(`a number alone is not a condition`, left.token, 'compare a reference with it: economy > 40');
    }
    this.i++;
    const right = this.operand(`a reference or a number after '${op.text}'`);
    const after = this.peek();
    if (after.type === 'compare') this.fail('comparisons cannot be chained', after, "join them with 'and': 10 < economy and economy < 50");
    return { op: 'cmp', cmp: op.text as Comparison, left: this.checkPair(left, right), right: this.checkPair(right, left) };
  }

  /** The operand as the engine reads it, once its partner shows it is meaningful (stage names beside stages only). */
  private checkPair(self: Parsed, other: Parsed): Operand {
    if (self.kind === 'ref') return { ref: self.use.ref };
    if (other.kind !== 'ref') this.fail('this compares two constants', self.token, 'one side must be a reference, like economy or attitude.russia');
    if (self.kind === 'stage' && other.use.ref.kind !== 'stage') {
      this.fail(`'${self.token.text}' is a stage of a mediation track, but '${other.use.text}' is not a stage`, self.token, 'compare stage names with stage.TRACK');
    }
    return { value: self.value };
  }

  private operand(expected: string): Parsed {
    const token = this.peek();
    if (token.type === 'number') {
      this.i++;
      return { kind: 'number', value: token.value, token };
    }
    if (token.type !== 'word') {
      this.fail(token.type === 'end' ? `the condition ends where ${expected} should be` : `expected ${expected}, found '${token.text}'`, token);
    }
    if (KEYWORDS.has(token.text)) this.fail(`expected ${expected}, found '${token.text}'`, token);
    if (KEYWORDS.has(token.text.toLowerCase())) this.fail(`write '${token.text.toLowerCase()}' in lower case`, token);
    this.i++;
    const stage = STAGE_NUMBER.get(token.text);
    if (stage !== undefined) return { kind: 'stage', value: stage, token };
    const read = parseReference(token.text, token.offset);
    if (!read.ok) throw new ParseFailure(read.problem);
    this.refs.push(read.use);
    return { kind: 'ref', use: read.use };
  }

  private isWord(word: string): boolean {
    const token = this.peek();
    return token.type === 'word' && token.text === word;
  }

  private peek(): Token {
    return this.tokens[this.i] ?? { type: 'end', text: '', offset: 0 };
  }

  private fail(message: string, token: Token, hint?: string): never {
    throw new ParseFailure(hint ? { code: 'bad-condition', message, offset: token.offset, hint } : { code: 'bad-condition', message, offset: token.offset });
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
