// Scenarios built to make a checker slow: valid ones that are large in one direction (many aliases, one very long
// condition) and the classic alias bomb. The bench times them (bench/run.js); the tests check what each one gets.
// Each takes the text of a valid scenario with top-level `objectives:` and `decisions:` lists (the tutorial, or
// the tests' minimal scenario) and returns a new text.

/** The scenario with one more objective, repeated `count` times by alias (`- *repeated`). */
export function manyAliases(scenarioText, count) {
  const repeats = '  - *repeated\n'.repeat(count);
  return replaceOnce(scenarioText, /^objectives:\n/m, `objectives:\n  - &repeated An objective every alias repeats.\n${repeats}`);
}

/** The scenario with one more decision, available when `terms` comparisons joined by `and` all hold. */
export function longCondition(scenarioText, terms) {
  const parts = Array.from({ length: terms }, (_, i) => `economy > ${i % 40}`);
  const decision = [
    '  - id: long-condition',
    '    title: A decision with a long condition',
    '    text: Available when every one of its comparisons holds.',
    '    cost: 1',
    `    available: ${parts.join(' and ')}`,
    '    effects:',
    '      - change: economy',
    '        by: 1',
    '',
  ].join('\n');
  return replaceOnce(scenarioText, /^decisions:\n/m, `decisions:\n${decision}`);
}

/** "Billion laughs": ten nested levels of ten aliases each, 10^9 values once expanded, added under a key of its own. */
export function billionLaughs(scenarioText) {
  const names = 'abcdefghij';
  const levels = [`  a: &a [${Array(10).fill('lol').join(', ')}]`];
  for (let i = 1; i < names.length; i++) levels.push(`  ${names[i]}: &${names[i]} [${Array(10).fill(`*${names[i - 1]}`).join(', ')}]`);
  return `${scenarioText.replace(/\n*$/, '\n')}laughs:\n${levels.join('\n')}\n`;
}

function replaceOnce(text, pattern, replacement) {
  if (!pattern.test(text)) throw new Error(`the scenario has no ${pattern.source.replace(/\\n|\^/g, '')}`);
  return text.replace(pattern, replacement);
}
