// A flag a player can see has a title in the file: the checker points at a flag without one, and at a title
// for a flag nothing sets or reads; the engine then names the flag by its title.
import { describe, expect, test } from 'vitest';
import { describeRef } from '../../src/engine/index.ts';
import { insertAfter, load, only, patch, spot } from './minimal.ts';

// the decision "Sign a pipeline deal" remembers it was signed, and "Host talks" needs it; `extra` goes at the end
const withFlag = (extra = '') => {
  const signed = patch('      - change: attitude.china\n        by: 5\n', '      - change: attitude.china\n        by: 5\n      - set: flag.pipeline-signed\n        to: 1\n');
  const needed = patch('    available: stage.jet-crisis < implementation\n', '    available: flag.pipeline-signed and stage.jet-crisis < implementation\n', signed);
  return extra === '' ? needed : insertAfter('    atEnd: true', extra, needed);
};

describe('flag titles', () => {
  test('a flag the scenario sets and reads without a title is pointed at where it is first used, with the fix', () => {
    const text = withFlag();
    const d = only(load(text).diagnostics, 'untitled-flag');
    expect(d.severity).toBe('warning');
    expect(d.message).toBe("flag.pipeline-signed has no title, so a player reads 'pipeline-signed' wherever it shows (previews, the ledger, why a decision is refused)");
    expect(d.hint).toContain('flags:');
    expect(d).toMatchObject(spot(text, 'flag.pipeline-signed'));
  });

  test('with a title, the flag loads without warnings and the game names it by its title', () => {
    const { rules, diagnostics } = load(withFlag('flags:\n  - id: pipeline-signed\n    title: the pipeline deal is signed'));
    expect(diagnostics).toEqual([]);
    expect(describeRef(rules!, { kind: 'flag', flag: 'pipeline-signed' })).toBe('the pipeline deal is signed');
  });

  test('a title for a flag nothing sets or reads is most likely misspelt, and the warning says which flag was meant', () => {
    const text = withFlag('flags:\n  - id: pipeline-signed\n    title: the pipeline deal is signed\n  - id: pipline-signed\n    title: misspelt');
    const d = only(load(text).diagnostics, 'unused-flag');
    expect(d.message).toBe("unknown flag 'pipline-signed': did you mean 'pipeline-signed'?: no effect sets it and no condition reads it");
    expect(d).toMatchObject(spot(text, 'pipline-signed'));
  });
});
