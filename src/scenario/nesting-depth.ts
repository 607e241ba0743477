// How deeply a YAML text nests, measured before the YAML composer sees it. The composer recurses once a level,
// so a file of 1,000 "[" can abort Node outright (V8 runs out while compiling a regex deep in the recursion, which
// no try/catch catches); a scenario never needs more than a dozen levels. The measure reads the yaml library's
// own lexer, which does not recurse, so document markers, directives, anchors and tags glued to a bracket,
// quotes and block scalars are seen exactly as the parser will see them: flow brackets are counted exactly,
// block levels by indentation and compact "- " / "? " entries.
import { Lexer } from 'yaml';

/** Far above any real scenario (about 8 levels), far below what the parser can survive. */
export const MAX_DEPTH = 64;

// The lexer marks the start of a document, a scalar and an unclosed flow collection with control characters that
// stand for no text in the file.
const MARKERS: ReadonlySet<string> = new Set(['\x02', '\x18', '\x1f']);

/** The character offset where the nesting first exceeds `limit`, or null when it never does. */
export function findExcessiveNesting(text: string, limit = MAX_DEPTH): number | null {
  const indents: number[] = [];
  let flow = 0;
  let compact = 0;
  let offset = 0;
  let lineStart = 0;
  let atLineStart = true;
  const tooDeep = () => indents.length + compact + flow > limit;

  for (const token of new Lexer().lex(text)) {
    if (token.length === 0 || MARKERS.has(token)) continue;
    const start = offset;
    offset += token.length;
    if (token === '[' || token === '{') {
      flow++;
      if (tooDeep()) return start;
    } else if (token === ']' || token === '}') {
      flow = Math.max(0, flow - 1);
    } else if (flow === 0 && atLineStart && !isSpacing(token)) {
      const indent = start - lineStart;
      while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= indent) indents.pop();
      indents.push(indent);
      compact = 0;
      if (tooDeep()) return start;
    }
    if (flow === 0 && (token === '-' || token === '?')) {
      compact++;
      if (tooDeep()) return start;
    }
    const lineEnd = token.lastIndexOf('\n');
    if (lineEnd >= 0) {
      lineStart = start + lineEnd + 1;
      atLineStart = lineEnd === token.length - 1;
    } else if (!isSpacing(token)) {
      atLineStart = false;
    }
  }
  return null;
}

/** Indentation, a line end or a comment: none of them starts a node. */
function isSpacing(token: string): boolean {
  const c = token[0];
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '#';
}
