// "Did you mean ...?": the closest known name to a misspelt one, when it is close enough to be a likely typo.
import { distance } from 'fastest-levenshtein';

/** The best candidate within a typo's distance of `word`, or undefined. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  // one edit for short names, about a third of the letters for long ones, as people mistype
  const allowed = Math.max(1, Math.min(4, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const other = candidate.toLowerCase();
    const d = other === lower ? 0.5 : swapsTwoLetters(lower, other) ? 1 : distance(lower, other);
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= allowed ? best : undefined;
}

/** "chian" for "china": one swap of neighbouring letters, the commonest typo, counts as one edit, not two. */
function swapsTwoLetters(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** "Jet Crisis!" -> "jet-crisis": the id an author probably meant. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/[-_]{2,}/g, '-')
    .replace(/[-_]+$/, '');
}

/**
 * The message for a name that names nothing: "unknown actor 'turky': did you mean 'turkey'?", or with no close
 * name, a hint listing the names there are (when the list is short enough to read).
 */
export function unknownName(word: string, candidates: Iterable<string>, what: string): { message: string; hint?: string } {
  const all = [...new Set(candidates)];
  const best = closest(word, all);
  if (best !== undefined) return { message: `unknown ${what} '${word}': did you mean '${best}'?` };
  if (all.length === 0) return { message: `unknown ${what} '${word}'`, hint: `there is no ${what} to name here` };
  if (all.length <= 12) return { message: `unknown ${what} '${word}'`, hint: `known: ${all.join(', ')}` };
  return { message: `unknown ${what} '${word}'` };
}
