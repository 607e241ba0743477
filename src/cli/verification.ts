// What `multivector replay` proves about a save it verifies, and what it cannot: said the same way in its
// output, its --json and its --help, so a teacher reads one account of it.

export const VERIFICATION_PROVES =
  'a legal game of this scenario version, played from this seed at this difficulty, ending where the file says (turn, ending, score and grade)';

export const VERIFICATION_DOES_NOT_PROVE =
  'who played it, or how many tries it took (a search over seeds, or over moves on the same seed, can find a verified good game); so check that the seed and the difficulty are the ones you gave';
