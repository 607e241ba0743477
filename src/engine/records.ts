// The state keeps records keyed by the scenario's ids (flags, fired events, taken decisions). Reading them
// with `record[id]` would find Object.prototype's members for an id like "constructor"; `own` finds only
// what the game stored.
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Store `value` under `key` as the record's own entry: plain assignment to "__proto__" would replace the prototype. */
export function put<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
  else record[key] = value;
}
