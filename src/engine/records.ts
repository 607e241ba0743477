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

/**
 * A new, empty record for the state. It has no prototype, which changes nothing a game or a save can see (it
 * is still a plain JSON object to JSON.stringify, with its keys in the order they were written; `own` and `put`
 * stay as safe as ever, since a state read back from a save has ordinary records): V8 keeps such an object as
 * a hash table from the start, and a simulation writes and reads records by ever-changing ids millions of
 * times, where ordinary objects would walk and grow a tree of hidden classes with every new key.
 */
export function newRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

