// The `multivector` command as a whole: help, version, the schema, bad usage, and a binary that is not built.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bin, ensureBuilt, hasStackTrace, multivector, removeDir, root, tempDir } from './run.ts';

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
}, 180_000);

afterAll(() => removeDir(dir));

describe('the multivector command', () => {
  test('schema prints the JSON Schema of scenario files, pretty, with a trailing newline', () => {
    const run = multivector(['schema']);
    expect(run.code).toBe(0);
    expect(run.stdout.endsWith('}\n')).toBe(true);
    const schema = JSON.parse(run.stdout);
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['format', 'actors', 'decisions', 'endings']));
    expect(run.stdout).toContain('\n  "');
  });

  test('--help lists every subcommand, and each subcommand has its own help; both exit 0', () => {
    const help = multivector(['--help']);
    expect(help.code).toBe(0);
    for (const name of ['validate', 'simulate', 'play', 'replay', 'schema']) {
      expect(help.stdout).toContain(name);
      const own = multivector([name, '--help']);
      expect(own.code).toBe(0);
      expect(own.stdout).toContain(`Usage: multivector ${name}`);
    }
    expect(multivector(['simulate', '--help']).stdout).toContain('aligned:ACTOR');
  });

  test('--version prints the package version', () => {
    const run = multivector(['--version']);
    expect(run.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
    expect(run.code).toBe(0);
  });

  test('an unknown subcommand or option, or no subcommand at all, is bad usage: exit 2', () => {
    const unknown = multivector(['simulte']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'simulte'");
    expect(unknown.stderr).toContain('simulate');
    expect(multivector(['--frobnicate']).code).toBe(2);
    expect(multivector([]).code).toBe(2);
  });

  test('with --json, bad usage still writes one JSON object on stdout (exit 2), and says what was wrong on stderr', () => {
    for (const args of [['simulate', 'scenarios/tutorial.yaml', '--runs', 'many', '--json'], ['replay', '--json']]) {
      const run = multivector(args);
      expect(JSON.parse(run.stdout)).toEqual({ ok: false, code: 'usage', message: expect.any(String) });
      expect(run.stderr).not.toBe('');
      expect(run.code).toBe(2);
    }
  });

  test('replay --help says what a verified save proves and what it cannot', () => {
    const help = multivector(['replay', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('A verified save is a legal game of this scenario version, played from this seed at this difficulty, ending where the file says');
    expect(help).toContain('It cannot prove who played it, or how many tries it took');
  });

  test('a binary whose dist/ is missing says how to build it, in one line, without a stack trace', () => {
    mkdirSync(join(dir, 'bin'), { recursive: true });
    copyFileSync(bin, join(dir, 'bin', 'multivector.js'));
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    const run = spawnSync(process.execPath, [join(dir, 'bin', 'multivector.js'), '--help'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('multivector: the command is not built yet; run `npm run build:cli` in the project folder first.\n');
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  test('output cut short by a closed pipe ends quietly', () => {
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" schema | head -c 10`], { encoding: 'utf8' });
    expect(run.stdout).toBe(multivector(['schema']).stdout.slice(0, 10));
    expect(run.stderr).toBe('');
  });
});
