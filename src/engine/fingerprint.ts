// A game's fingerprint: SHA-256 of its state written canonically (keys sorted), so that the same game gives
// the same fingerprint in Node and in the browser, and an edited result file cannot pass for a played one.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { GameState, Rules } from './types.ts';

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // -0 and 0 are the same number to the game; JSON agrees, and NaN never reaches the state.
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => record[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}

export function hashOf(value: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(value))));
}

export function fingerprint(state: GameState): string {
  return hashOf(state);
}

export function rulesFingerprint(rules: Rules): string {
  return hashOf(rules);
}
