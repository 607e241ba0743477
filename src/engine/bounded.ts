// Limits on data read from outside (a save file, browser storage), checked by one iterative walk before anything
// else walks it: a value nested 20,000 deep, a million entries or a megabyte-long text then gets a sentence
// naming the limit, instead of a stack overflow or a frozen page further on.
export interface Limits {
  /** how deeply lists and objects may nest (the top-level value is depth 1) */
  readonly depth: number;
  /** how many values (objects, lists, texts, numbers...) the whole value may hold */
  readonly values: number;
  /** how long any one text, or key, may be */
  readonly textLength: number;
}

/** Why `value` exceeds `limits`, in words about `what` ("the save"), or null when it is within them. */
export function boundsProblem(value: unknown, limits: Limits, what: string): string | null {
  const stack: { readonly value: unknown; readonly depth: number }[] = [{ value, depth: 1 }];
  let values = 0;
  const longText = (text: string) =>
    `${capitalised(what)} holds a text ${String(text.length)} characters long; the limit is ${String(limits.textLength)}.`;
  const tooMany = `${capitalised(what)} holds more than ${String(limits.values)} values, the limit.`;
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    values += 1;
    if (values > limits.values) return tooMany;
    const current = item.value;
    if (typeof current === 'string') {
      if (current.length > limits.textLength) return longText(current);
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (item.depth > limits.depth) return `${capitalised(what)} nests more than ${String(limits.depth)} levels deep, the limit.`;
    if (Array.isArray(current)) {
      // counted before they are pushed, so a list of a million numbers is refused without a million pushes
      if (values + current.length > limits.values) return tooMany;
      for (const inner of current as unknown[]) stack.push({ value: inner, depth: item.depth + 1 });
      continue;
    }
    const keys = Object.keys(current);
    if (values + keys.length > limits.values) return tooMany;
    for (const key of keys) {
      if (key.length > limits.textLength) return longText(key);
      stack.push({ value: (current as Record<string, unknown>)[key], depth: item.depth + 1 });
    }
  }
  return null;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
