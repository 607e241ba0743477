// The state keeps records keyed by the scenario's ids (flags, fired events, taken decisions). Reading them
// with `record[id]` would find Object.prototype's members for an id like "constructor"; `own` finds only
// what the game stored.
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
