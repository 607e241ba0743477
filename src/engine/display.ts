// Numbers as a player reads them, written once for every front end (the terminal and the browser show the
// same "+3", "-2.5", "±0"). Pure formatting beside describeRef and textOf; no rule lives here.

/** One decimal, without a trailing ".0": 3, -2.5. */
export function num(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** A change with its sign: "+3", "-2.5", "±0". */
export function signed(value: number): string {
  const text = num(value);
  if (text === '0') return '±0';
  return value > 0 ? `+${text}` : text;
}

/** A range of possible changes: "+2 to +6", or just "+4" when it is certain. */
export function changeRange(min: number, max: number): string {
  return num(min) === num(max) ? signed(min) : `${signed(min)} to ${signed(max)}`;
}
