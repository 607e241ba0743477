// The browser game gets its scenarios checked and compiled at build time, by the same loader the command line
// uses (src/scenario/shipped.ts): the page receives the engine's rules and the texts the screens show, as data.
// So the YAML parser, the schema library and the checker stay out of the bundle (about half of the application
// code), a broken scenario is reported to its author when the site is built, with file:line:col for every error,
// and the page never parses a file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { MAX_BYTES, compileShipped, type ScenarioProblem, type ShippedScenarios } from '../src/scenario/index.ts';

export const SCENARIOS_MODULE = 'virtual:multivector-scenarios';
const RESOLVED = `\0${SCENARIOS_MODULE}`;

/** Every .yaml file in the folders (relative to root), compiled; a folder that is not there holds none. */
export function compileFolders(root: string, folders: readonly string[]): { shipped: ShippedScenarios; files: string[] } {
  const files = folders
    .flatMap((folder) => {
      const dir = join(root, folder);
      let names: string[] = [];
      try {
        names = readdirSync(dir);
      } catch {
        // no such folder: no scenarios from it
      }
      return names.filter((n) => n.endsWith('.yaml')).map((n) => join(dir, n));
    })
    .sort();
  const read: { file: string; text: string }[] = [];
  const unread: ScenarioProblem[] = [];
  for (const path of files) {
    const file = relative(root, path);
    const text = readScenario(path);
    if (typeof text === 'string') read.push({ file, text });
    else unread.push({ file, message: `${file}: ${text.error}`, errors: [`${file}: ${text.error}`] });
  }
  const compiled = compileShipped(read);
  return { shipped: { scenarios: compiled.scenarios, problems: [...compiled.problems, ...unread] }, files };
}

/**
 * The text of a file named like a scenario, or why it cannot be read: a folder, a link to nothing, a file larger
 * than the loader accepts (read no further than its size) or one the build may not read is left out of the
 * site like a scenario with errors, rather than stopping the build.
 */
function readScenario(path: string): string | { error: string } {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { error: 'not a file (a folder named like a scenario?)' };
    if (stat.size > MAX_BYTES) return { error: `the file is larger than ${MAX_BYTES / 1024 / 1024} MB; a scenario is a few hundred kilobytes at most` };
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? 'the file is not there (a link to a file that is gone?)' : `the file cannot be read (${code ?? String(error)})` };
  }
}

/**
 * `import shipped from 'virtual:multivector-scenarios'` gives the scenarios in `scenarios/`; in the browser tests'
 * own build mode (`hostile-text`) also those the tests generate. A scenario with errors is left out of the site
 * and every error is printed; the others still ship, so one draft in the folder does not stop the game.
 */
export function shippedScenarios(): Plugin {
  let root = process.cwd();
  let folders = ['scenarios'];
  return {
    name: 'multivector-scenarios',
    configResolved(config) {
      root = config.root;
      if (config.mode === 'hostile-text') folders = ['scenarios', 'tests/browser/generated'];
      // the browser tests' worlds that use features no shipped scenario uses yet (demands, delayed effects)
      if (config.mode === 'test-worlds') folders = ['scenarios', 'tests/browser/fixtures'];
    },
    // `npm run dev`: a scenario file added, changed or removed reloads the page with the scenarios as they now are
    configureServer(server) {
      for (const folder of folders) server.watcher.add(join(root, folder));
      const refresh = (path: string) => {
        if (!path.endsWith('.yaml') || !folders.some((folder) => path.startsWith(join(root, folder)))) return;
        const module = server.moduleGraph.getModuleById(RESOLVED);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', refresh);
      server.watcher.on('unlink', refresh);
      server.watcher.on('change', refresh);
    },
    resolveId(id) {
      return id === SCENARIOS_MODULE ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      const { shipped, files } = compileFolders(root, folders);
      for (const file of files) this.addWatchFile(file);
      for (const problem of shipped.problems) this.warn(`${problem.file} is left out of the site:\n  ${problem.errors.join('\n  ')}`);
      // JSON.parse of a string literal is quicker for the browser to read than the same object as code
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(shipped))});`;
    },
  };
}
