// Browser storage, which may refuse anything at any time: full, turned off, or a private window. Every call here
// says whether it worked and none throws. It holds the game in progress, and a save the page could not restore,
// set aside so that it neither stops the page nor is lost.

const SAVE_KEY = 'multivector:save';
const ASIDE_KEY = 'multivector:set-aside';
const ASIDE_WHY_KEY = 'multivector:set-aside:why';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, text: string): boolean {
  try {
    localStorage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

function remove(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // nothing there to remove, or storage is off
  }
}

export const readSave = (): string | null => read(SAVE_KEY);
export const writeSave = (text: string): boolean => write(SAVE_KEY, text);
export const removeSave = (): void => remove(SAVE_KEY);

export interface SetAside {
  readonly text: string;
  /** why the page could not restore it, in the player's words */
  readonly why: string;
  /** false when the browser had no room to keep it aside: it is only on this page, and in the save's place */
  readonly kept: boolean;
}

/**
 * Move the save the page could not restore out of the way, as it is, so a new game can be saved; it replaces any
 * save set aside before. When the browser has no room for a copy, the save is moved instead (removed, then
 * written under the other key); if even that fails it goes back where it was.
 */
export function setAside(text: string, why: string): SetAside {
  remove(ASIDE_KEY);
  let kept = write(ASIDE_KEY, text);
  remove(SAVE_KEY);
  if (!kept) {
    kept = write(ASIDE_KEY, text);
    if (!kept) write(SAVE_KEY, text);
  }
  if (kept) write(ASIDE_WHY_KEY, why);
  return { text, why, kept };
}

export function readSetAside(): SetAside | null {
  const text = read(ASIDE_KEY);
  return text === null ? null : { text, why: read(ASIDE_WHY_KEY) ?? 'The reason was not kept.', kept: true };
}

export function removeSetAside(): void {
  remove(ASIDE_KEY);
  remove(ASIDE_WHY_KEY);
}
