import {fileURLToPath} from 'node:url';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';

// Browsers come from Debian packages (see .ci/run); nothing here downloads one.
const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default {
  files: ['components/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url))})],
  middleware: [
    // Source modules look for data beside themselves (src/data/); the built data is in dist/data/.
    function dataFromDist(context, next) {
      if (context.url.startsWith('/src/data/')) context.url = context.url.replace('/src/data/', '/dist/data/');
      return next();
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS},
    }),
  ],
  testFramework: {config: {timeout: 10000}},
};
