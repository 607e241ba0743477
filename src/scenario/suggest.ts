// "Did you mean ...?": the closest known name to a misspelt one, when it is close enough to be a likely typo.
import { distance } from 'fastest-levenshtein';

/** The best candidate within a typo's distance of `word`, or undefined (also when the budget runs out). */
export function closest(word: string, candidates: Iterable<string>, budget?: SuggestionBudget): string | undefined {
  const lower = word.toLowerCase();
  // one edit for short names, about a third of the letters for long ones, as people mistype
  const allowed = Math.max(1, Math.min(4, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    // names whose lengths differ by more than a typo are never close; skipping them costs next to nothing
    if (Math.abs(candidate.length - word.length) > allowed) {
      if (budget && !budget.spend(1)) return undefined;
      continue;
    }
    if (budget && !budget.spend(comparisonCost(word, candidate))) return undefined;
    const other = candidate.toLowerCase();
    const d = other === lower ? 0.5 : swapsTwoLetters(lower, other) ? 1 : distance(lower, other);
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= allowed ? best : undefined;
}

/** An edit distance compares every letter of one name with every letter of the other. */
function comparisonCost(a: string, b: string): number {
  return Math.max(MIN_COMPARISON_COST, a.length * b.length);
}

// even two one-letter names cost about as much as comparing two eight-letter ones, in lowering and looping
const MIN_COMPARISON_COST = 64;

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
 * The "did you mean" work one load may do, counted in pairs of letters compared. A file with thousands of
 * unknown names among thousands of known ones, or with names a thousand letters long, would otherwise take a
 * square of the file's size; past the budget, unknown names are still reported, only without a suggestion.
 */
export class SuggestionBudget {
  // comparing two names costs about a nanosecond a pair of letters, so the budget is a fraction of a second
  constructor(private left = 200_000_000) {}

  /** Whether `cost` more pairs of letters fit; if so, they are spent. */
  spend(cost: number): boolean {
    if (cost > this.left) {
      this.left = 0;
      return false;
    }
    this.left -= cost;
    return true;
  }
}

/**
 * The message for a name that names nothing: "unknown actor 'turky': did you mean 'turkey'?", or with no close
 * name, a hint listing the names there are (when the list is short enough to read).
 */
export function unknownName(word: string, candidates: ReadonlySet<string> | readonly string[], what: string, budget?: SuggestionBudget): { message: string; hint?: string } {
  const count = isList(candidates) ? candidates.length : candidates.size;
  const best = closest(word, candidates, budget);
  if (best !== undefined) return { message: `unknown ${what} '${word}': did you mean '${best}'?` };
  if (count === 0) return { message: `unknown ${what} '${word}'`, hint: `there is no ${what} to name here` };
  if (count <= 12) return { message: `unknown ${what} '${word}'`, hint: `known: ${[...new Set(candidates)].join(', ')}` };
  return { message: `unknown ${what} '${word}'` };
}

function isList(candidates: ReadonlySet<string> | readonly string[]): candidates is readonly string[] {
  return Array.isArray(candidates);
}
