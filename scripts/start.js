// `npm start`: build the browser game and serve it on this machine, then say where to open it. The same static
// site `npm run build` makes, so what a player sees here is what any web server would serve.
import { build, preview } from 'vite';

const quiet = { logLevel: 'warn' };
console.log('Multivector: building the browser game…');
await build(quiet);
const server = await preview({ ...quiet, preview: { host: process.env['HOST'] ?? 'localhost' } });
const url = server.resolvedUrls?.local[0] ?? server.resolvedUrls?.network[0];
if (!url) {
  console.error('Multivector: the server started but reports no address.');
  process.exit(1);
}
console.log(`
Multivector is being served at ${url}
Open that address in a web browser. One link gives a whole class the same world, for example:
  ${url}?scenario=jet-crisis-2015&seed=42
Press Ctrl+C to stop the server.`);
const stop = () => server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
