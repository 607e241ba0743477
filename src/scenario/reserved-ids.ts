// Names every JavaScript object already has (constructor, toString, valueOf, __proto__, ...). Ids become keys of
// the game state's records (attitudes, flags, readiness), where one of these names would read the built-in
// instead of the scenario's value, so no id, and no name inside a reference, may be one of them.
const RESERVED: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__']);

export function isReservedId(name: string): boolean {
  return RESERVED.has(name);
}

/** "an actor id", "a flag id": for messages. */
export function idOf(what: string): string {
  return `${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} id`;
}

export function reservedMessage(name: string, what: string): string {
  return `'${name}' is reserved and cannot be ${idOf(what)}`;
}

export const RESERVED_HINT = 'choose another id: constructor, toString, valueOf, __proto__ and the other names every JavaScript object has are reserved';
