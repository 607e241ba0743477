// A cheap look at how deeply a YAML text nests, before the YAML parser sees it. The parser recurses once a
// level, so a file of 100,000 "[" or "- " can exhaust the stack (and in Node even abort the process outside
// any try/catch); a scenario never needs more than a dozen levels. The scan is approximate by design: it
// only has to tell "reasonable" from "hostile", so it counts block indentation levels, compact "- " entries
// and open flow brackets, skipping quoted texts, comments and block scalars.

/** Far above any real scenario (about 8 levels), far below what the parser can survive. */
export const MAX_DEPTH = 64;

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const HASH = 35;
const DASH = 45;
const QUESTION = 63;
const COLON = 58;
const COMMA = 44;
const OPEN_SQUARE = 91;
const CLOSE_SQUARE = 93;
const OPEN_CURLY = 123;
const CLOSE_CURLY = 125;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const BACKSLASH = 92;
const PIPE = 124;
const GREATER = 62;
const AMPERSAND = 38;
const BANG = 33;
const STAR = 42;

/** The character offset where the nesting first exceeds `limit`, or null when it never does. */
export function findExcessiveNesting(text: string, limit = MAX_DEPTH): number | null {
  const n = text.length;
  const indents: number[] = [];
  let flow = 0;
  let compact = 0;
  let lineIndent = 0;
  let blockScalarParent = -1;
  let valueStart = true;
  let i = 0;
  let atLineStart = true;
  const depth = () => indents.length + compact + flow;
  // code at i, or -1 past the end (which counts as white space, like a line end)
  const at = (k: number) => (k >= 0 && k < n ? text.charCodeAt(k) : -1);

  while (i < n) {
    if (atLineStart) {
      atLineStart = false;
      let j = i;
      while (j < n && text.charCodeAt(j) === SPACE) j++;
      const indent = j - i;
      const c = at(j);
      const blank = c === -1 || c === LF || c === CR || c === HASH;
      if (blockScalarParent >= 0) {
        if (blank || indent > blockScalarParent) {
          i = nextLine(text, j);
          atLineStart = true;
          continue;
        }
        blockScalarParent = -1;
      }
      if (blank) {
        i = nextLine(text, j);
        atLineStart = true;
        continue;
      }
      if (flow === 0) {
        while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= indent) indents.pop();
        indents.push(indent);
        lineIndent = indent;
        compact = 0;
        valueStart = true;
        if (depth() > limit) return j;
      }
      i = j;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === LF) {
      atLineStart = true;
      i++;
      continue;
    }
    if (flow > 0) {
      if (c === OPEN_SQUARE || c === OPEN_CURLY) {
        flow++;
        if (depth() > limit) return i;
      } else if (c === CLOSE_SQUARE || c === CLOSE_CURLY) {
        flow--;
        valueStart = false;
      } else if ((c === DOUBLE_QUOTE || c === SINGLE_QUOTE) && startsFlowScalar(at(i - 1))) {
        i = skipQuoted(text, i);
        continue;
      } else if (c === HASH && isSpace(at(i - 1))) {
        i = nextLine(text, i);
        atLineStart = true;
        continue;
      }
      i++;
      continue;
    }
    if (c === SPACE || c === TAB || c === CR) {
      i++;
      continue;
    }
    if (c === HASH && isSpace(at(i - 1))) {
      i = nextLine(text, i);
      atLineStart = true;
      continue;
    }
    if (valueStart) {
      if ((c === DASH || c === QUESTION) && isSpace(at(i + 1))) {
        compact++;
        if (depth() > limit) return i;
        i++;
        continue;
      }
      if (c === OPEN_SQUARE || c === OPEN_CURLY) {
        flow = 1;
        if (depth() > limit) return i;
        i++;
        continue;
      }
      if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
        i = skipQuoted(text, i);
        valueStart = false;
        continue;
      }
      if (c === PIPE || c === GREATER) {
        blockScalarParent = lineIndent;
        i = nextLine(text, i);
        atLineStart = true;
        continue;
      }
      if (c === AMPERSAND || c === BANG || c === STAR) {
        // an anchor or a tag comes before the node it names; an alias is a whole node
        while (i < n && !isSpace(at(i))) i++;
        if (c === STAR) valueStart = false;
        continue;
      }
      valueStart = false;
      i++;
      continue;
    }
    // inside a plain key or text: ": " is where a value begins
    if (c === COLON && isSpace(at(i + 1))) valueStart = true;
    i++;
  }
  return null;
}

// A loop rather than indexOf: in the benchmark, after thousands of simulated games, indexOf on a long generated
// (not yet flattened) text sometimes took milliseconds a call, turning this linear scan into seconds.
function nextLine(text: string, from: number): number {
  let i = from;
  while (i < text.length && text.charCodeAt(i) !== LF) i++;
  return i < text.length ? i + 1 : text.length;
}

function skipQuoted(text: string, start: number): number {
  const quote = text.charCodeAt(start);
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (quote === DOUBLE_QUOTE && c === BACKSLASH) i += 2;
    else if (c === quote) {
      if (quote === SINGLE_QUOTE && text.charCodeAt(i + 1) === SINGLE_QUOTE) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}

// In a flow collection a quote opens a quoted text only where a value may begin, not inside a word like it's.
function startsFlowScalar(before: number): boolean {
  return isSpace(before) || before === OPEN_SQUARE || before === OPEN_CURLY || before === COMMA || before === COLON;
}

/** White space or a line end; -1 (before the start or past the end) counts as one. */
function isSpace(c: number): boolean {
  return c === SPACE || c === TAB || c === LF || c === CR || c === -1;
}
