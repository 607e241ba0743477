// A game's fingerprint: SHA-256 of its state written canonically (keys sorted), so that the same game gives
// the same fingerprint in Node and in the browser, and an edited result file cannot pass for a played one.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { GameState, Rules } from './types.ts';

/**
 * JSON with every object's keys sorted. Written with a stack of its own rather than by recursion, so that no
 * value, however deeply nested, can overflow the call stack (saves come from outside; see bounded.ts).
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  // what is left to write, last first: values, and the punctuation between them
  const todo: unknown[] = [value];
  while (todo.length > 0) {
    const item = todo.pop();
    if (item instanceof Punctuation) {
      out.push(item.text);
    } else if (item === null || typeof item !== 'object') {
      // -0 and 0 are the same number to the game; JSON agrees, and NaN never reaches the state.
      out.push(JSON.stringify(item) ?? 'null');
    } else if (Array.isArray(item)) {
      out.push('[');
      todo.push(CLOSE_LIST);
      for (let i = item.length - 1; i >= 0; i--) {
        todo.push(item[i]);
        if (i > 0) todo.push(COMMA);
      }
    } else {
      const record = item as Record<string, unknown>;
      const keys = Object.keys(record).filter((k) => record[k] !== undefined).sort();
      out.push('{');
      todo.push(CLOSE_OBJECT);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        todo.push(record[key], new Punctuation(`${i > 0 ? ',' : ''}${JSON.stringify(key)}:`));
      }
    }
  }
  return out.join('');
}

class Punctuation {
  constructor(readonly text: string) {}
}
const COMMA = new Punctuation(',');
const CLOSE_LIST = new Punctuation(']');
const CLOSE_OBJECT = new Punctuation('}');

export function hashOf(value: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(value))));
}

export function fingerprint(state: GameState): string {
  return hashOf(state);
}

export function rulesFingerprint(rules: Rules): string {
  return hashOf(rules);
}
