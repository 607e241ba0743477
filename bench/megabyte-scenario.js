// A valid scenario of about the given size: the tutorial with many more decisions, so the checker has a
// realistic 1 MB file to read (every decision references actors, so references are resolved too).
export function megabyteScenario(tutorialText, bytes) {
  const actorsBlock = /^actors:\n([\s\S]*?)^\S/m.exec(tutorialText)?.[1] ?? '';
  const actorIds = [...actorsBlock.matchAll(/^  - id: ([a-z][a-z0-9-]*)$/gm)].map((m) => m[1]);
  const lines = [];
  let size = tutorialText.length;
  for (let i = 0; size < bytes; i++) {
    const actor = actorIds[i % actorIds.length];
    const block = [
      `  - id: generated-decision-${i}`,
      `    title: Generated decision number ${i}`,
      `    text: A decision generated for the validation benchmark, touching ${actor} and the economy.`,
      `    cost: ${1 + (i % 3)}`,
      `    available: attitude.${actor} > -50 and economy >= 10`,
      '    effects:',
      `      - change: attitude.${actor}`,
      `        by: ${(i % 7) - 3}`,
      '        spread: 1',
      '      - change: economy',
      `        by: ${(i % 5) - 2}`,
      '',
    ].join('\n');
    lines.push(block);
    size += block.length;
  }
  return tutorialText.replace(/^decisions:\n/m, `decisions:\n${lines.join('')}`);
}
