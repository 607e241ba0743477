// Numbers in the state are kept to one decimal, so that sums of small changes print cleanly and
// only exact operations (+, -, *, /, round) are used: the same game in every JavaScript engine.

export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

export function clamp(x: number, min: number, max: number): number {
  return x < min ? min : x > max ? max : x;
}
