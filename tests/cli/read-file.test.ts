// Reading the files users name: every way a file can be wrong becomes a short message, and a huge file is
// refused by its size before it is read.
import { chmodSync, mkdirSync, openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readTextFile } from '../../src/cli/read-file.ts';
import { didYouMean, signed, table, wrap } from '../../src/cli/format.ts';
import { removeDir, tempDir } from './run.ts';

let dir: string;
beforeAll(() => (dir = tempDir()));
afterAll(() => removeDir(dir));

describe('reading a file a user names', () => {
  test('a text file is read, a byte-order mark dropped', async () => {
    writeFileSync(join(dir, 'ok.yaml'), '\uFEFFformat: 1\n');
    expect(await readTextFile(join(dir, 'ok.yaml'))).toEqual({ ok: true, text: 'format: 1\n' });
  });

  test.each([
    ['missing', 'file-missing', 'does not exist'],
    ['folder', 'file-not-regular', 'is a directory, not a scenario file'],
    ['empty', 'file-empty', 'is empty; a scenario file cannot be empty'],
    ['nul', 'file-binary', 'is not a text file (it holds a NUL byte at byte 3)'],
    ['latin1', 'file-binary', 'is not a text file (it is not valid UTF-8)'],
  ])('a %s file is refused: %s', async (name, code, message) => {
    mkdirSync(join(dir, 'folder'), { recursive: true });
    writeFileSync(join(dir, 'empty'), '');
    writeFileSync(join(dir, 'nul'), Buffer.from([0x61, 0x62, 0x00, 0x63]));
    writeFileSync(join(dir, 'latin1'), Buffer.from('caf\xe9: 1\n', 'latin1'));
    expect(await readTextFile(join(dir, name), 'scenario file')).toEqual({ ok: false, code, message });
  });

  test('a sparse 50 MB file is refused at once by its size', async () => {
    const file = join(dir, 'sparse');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    expect(await readTextFile(file, 'save file')).toEqual({ ok: false, code: 'file-too-large', message: 'is 50.0 MB; a save file may be at most 4.0 MB' });
  });

  test.skipIf(process.getuid?.() === 0)('an unreadable file says permission denied', async () => {
    const file = join(dir, 'secret.yaml');
    writeFileSync(file, 'format: 1\n');
    chmodSync(file, 0o000);
    expect(await readTextFile(file)).toMatchObject({ ok: false, code: 'file-unreadable', message: 'cannot be read: permission denied' });
  });
});

describe('printing helpers', () => {
  test('changes carry their sign, so colour never carries it alone', () => {
    expect([signed(3), signed(-2.54), signed(0), signed(-0.01)]).toEqual(['+3', '-2.5', '±0', '±0']);
  });

  test('a table pads its columns and leaves no trailing spaces', () => {
    expect(table([['a', 'bb', ''], ['ccc', 'd', '']], ['left', 'right'])).toEqual(['a    bb', 'ccc   d']);
  });

  test('a paragraph wraps at the width, indented', () => {
    expect(wrap('one two three four', 9, '  ')).toEqual(['  one two', '  three', '  four']);
    expect(wrap('a YAML\nblock\n\nand another', 80)).toEqual(['a YAML block', '', 'and another']);
  });

  test('a misspelt name gets the closest known one, a wild guess gets none', () => {
    expect(didYouMean('rusia', ['us', 'russia', 'china'])).toBe(" (did you mean 'russia'?)");
    expect(didYouMean('atlantis', ['us', 'russia', 'china'])).toBe('');
  });
});
