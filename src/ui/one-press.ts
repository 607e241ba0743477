// One press, one move. A press that arrives before the screen the last one led to has been painted (two clicks in
// one moment) is not taken: the player cannot have seen what it would press. (The second click of a double-click is
// dropped by the button itself, dom.ts; it may come after the paint. A key held down is not covered here: its
// repeats come every 33-40 ms, as late as the paint, so main.ts drops every repeated key press on a button.)

/**
 * The same actions, each taken only when the page has painted what the previous press did. `notPresses` are
 * answers that arrive later on their own (a file read after the player chose it): never dropped. An action that
 * throws is handed to `onError`, so the page can end somewhere that works.
 */
export function onePressAtATime<T extends object>(all: T, notPresses: readonly (keyof T & string)[], onError: (error: unknown) => void): T {
  let busy = false;
  const guarded = (Object.entries(all) as [string, (...args: unknown[]) => void][]).map(([name, run]) => {
    const press = !(notPresses as readonly string[]).includes(name);
    return [
      name,
      (...args: unknown[]) => {
        if (press && busy) return;
        if (press) {
          busy = true;
          // the first frame comes before the new screen is painted, the second after it
          requestAnimationFrame(() => requestAnimationFrame(() => (busy = false)));
        }
        try {
          run(...args);
        } catch (error) {
          onError(error);
        }
      },
    ];
  });
  return Object.fromEntries(guarded) as T;
}
