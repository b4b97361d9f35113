// `npm start`: builds the extension, packages it, installs it into a local VS Code (code-server's
// bundled VS Code, installed on first use) and opens it on 127.0.0.1 with the example manifests.
//   npm start                 # VS Code in your browser
//   npm start -- --desktop    # install into VS Code desktop (`code` on PATH) instead
//   npm start -- --port 8080
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { HARNESS, ROOT, startServer } from '../test/harness/server.mjs';

const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : 8123;
const examples = path.join(ROOT, 'examples');

const vsix = path.join(ROOT, 'statefulset-studio.vsix');
console.log('Building and packaging the extension…');
execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: 'inherit' });

if (args.includes('--desktop')) {
  const code = spawnSync('code', ['--version'], { encoding: 'utf8' });
  if (code.status !== 0) {
    console.error('VS Code desktop (`code`) is not on PATH; run `npm start` without --desktop to use VS Code in the browser.');
    process.exit(2);
  }
  execFileSync('code', ['--install-extension', vsix, '--force'], { stdio: 'inherit' });
  execFileSync('code', [examples], { stdio: 'inherit' });
  process.exit(0);
}

const dir = path.join(HARNESS, 'start-profile');
fs.mkdirSync(dir, { recursive: true });
const server = await startServer({ dir, vsix, folder: examples, port, settings: { 'workbench.colorTheme': 'Default Dark Modern' } });
console.log(`\nStatefulSet Studio is running in VS Code at:\n\n    ${server.url}?folder=${encodeURIComponent(examples)}\n`);
console.log(`Open it in a browser; the examples folder holds correct and broken manifests. Log: ${server.logFile}`);
console.log('Press Ctrl+C to stop.');
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
await new Promise(() => {});
