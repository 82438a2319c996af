// `npm start`: serves the project root (the built dist/ and demo/) on localhost
// and prints the demo's address.
import {startDevServer} from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: {rootDir: new URL('..', import.meta.url).pathname, port, hostname: 'localhost', clearTerminalOnReload: false},
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const {port: actualPort} = server.server.address();
console.log(`career-widgets demo: http://localhost:${actualPort}/demo/`);
