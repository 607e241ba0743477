// A cheap look at how deeply a YAML text nests, before the YAML parser sees it. The parser recurses once a
// level, so a file of 100,000 "[" or "- " can exhaust the stack (and in Node even abort the process outside
// any try/catch); a scenario never needs more than a dozen levels. The scan is approximate by design: it
// only has to tell "reasonable" from "hostile", so it counts block indentation levels, compact "- " entries
// and open flow brackets, skipping quoted texts, comments and block scalars.

/** Far above any real scenario (about 8 levels), far below what the parser can survive. */
export const MAX_DEPTH = 64;

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

  while (i < n) {
    if (atLineStart) {
      atLineStart = false;
      let j = i;
      while (j < n && text.charCodeAt(j) === 32) j++;
      const indent = j - i;
      const c = text[j];
      const blank = j >= n || c === '\n' || c === '\r' || c === '#';
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
    const c = text[i];
    if (c === '\n') {
      atLineStart = true;
      i++;
      continue;
    }
    if (flow > 0) {
      if (c === '[' || c === '{') {
        flow++;
        if (depth() > limit) return i;
      } else if (c === ']' || c === '}') {
        flow--;
        valueStart = false;
      } else if ((c === '"' || c === "'") && startsFlowScalar(text, i)) {
        i = skipQuoted(text, i);
        continue;
      } else if (c === '#' && isSpace(text[i - 1])) {
        i = nextLine(text, i);
        atLineStart = true;
        continue;
      }
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#' && isSpace(text[i - 1])) {
      i = nextLine(text, i);
      atLineStart = true;
      continue;
    }
    if (valueStart) {
      if ((c === '-' || c === '?') && isSpaceOrEnd(text[i + 1])) {
        compact++;
        if (depth() > limit) return i;
        i++;
        continue;
      }
      if (c === '[' || c === '{') {
        flow = 1;
        if (depth() > limit) return i;
        i++;
        continue;
      }
      if (c === '"' || c === "'") {
        i = skipQuoted(text, i);
        valueStart = false;
        continue;
      }
      if (c === '|' || c === '>') {
        blockScalarParent = lineIndent;
        i = nextLine(text, i);
        atLineStart = true;
        continue;
      }
      if (c === '&' || c === '!' || c === '*') {
        // an anchor or a tag comes before the node it names; an alias is a whole node
        while (i < n && !isSpaceOrEnd(text[i])) i++;
        if (c === '*') valueStart = false;
        continue;
      }
      valueStart = false;
      i++;
      continue;
    }
    // inside a plain key or text: ": " is where a value begins
    if (c === ':' && isSpaceOrEnd(text[i + 1])) valueStart = true;
    i++;
  }
  return null;
}

function nextLine(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end + 1;
}

function skipQuoted(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (quote === '"' && c === '\\') i += 2;
    else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}

// In a flow collection a quote opens a quoted text only where a value may begin, not inside a word like it's.
function startsFlowScalar(text: string, at: number): boolean {
  const before = text[at - 1];
  return before === undefined || isSpace(before) || before === '[' || before === '{' || before === ',' || before === ':';
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === undefined;
}

function isSpaceOrEnd(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';
}
