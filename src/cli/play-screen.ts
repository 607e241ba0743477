// The terminal's printing primitives for a game: the screen a view prints to, and the shapes every view uses
// (a turn's label, an actor's name, a wrapped paragraph, an item, a preview's lines).
import { textOf, type PreviewLine, type Rules, type Text } from '../engine/index.ts';
import { changeRange, num, shown, signed, wrap, type Style } from './format.ts';

export interface Screen {
  readonly rules: Rules;
  readonly style: Style;
  readonly width: number;
  readonly print: (line?: string) => void;
}

export function turnLabel(rules: Rules, turn: number): string {
  const entry = rules.calendar[turn];
  return entry ? shown(entry.label) : `turn ${turn + 1}`;
}

/** An actor's name as the file writes it (not yet shown): it goes into longer texts that are shown as a whole. */
export function actorName(rules: Rules, id: string): string {
  const actor = rules.actors.find((a) => a.id === id);
  return actor ? textOf(actor.name) : id;
}

/** A text from the file, wrapped (and shown, word by word). */
export function printParagraph(screen: Screen, text: Text, indent = ''): void {
  for (const line of wrap(text, screen.width, indent)) screen.print(line);
}

/** A wrapped paragraph after a marker ("- ", "1. ", "You: "), its later lines aligned under the text. */
export function printItem(screen: Screen, marker: string, text: Text, indent = '  '): void {
  const hang = indent + ' '.repeat(marker.length);
  wrap(text, screen.width, hang).forEach((line, i) => screen.print(i === 0 ? indent + marker + line.slice(hang.length) : line));
}

/** The likely direction and range of each effect: never the exact draw. */
export function printPreview(screen: Screen, lines: readonly PreviewLine[], indent: string): void {
  for (const line of lines) {
    const range = screen.style.change(changeRange(line.min, line.max), line.expected);
    const likely = num(line.min) === num(line.max) ? '' : `, likely ${signed(line.expected)}`;
    const why = line.source === 'coupling' ? ` (rivalry: ${shown(line.note ?? '')})` : line.note ? ` (${shown(line.note)})` : '';
    screen.print(`${indent}${shown(line.label)} ${range}${likely}${why}`);
  }
}
