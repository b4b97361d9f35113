// The usual @vscode/test-electron launcher, for machines that can download VS Code:
//   npx tsc -p test/integration/tsconfig.json && node out/integration/runTest.js
// (here, without downloads, `npm run test:integration` runs the same suite in the harness's VS Code).
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../..'); // out/integration -> the repository
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: path.resolve(__dirname, 'suite/index'),
      // Other extensions stay off: redhat.vscode-yaml, for one, changes which diagnostics we report.
      launchArgs: [path.join(root, 'test/integration/workspace'), '--disable-extensions'],
    });
  } catch (error) {
    console.error('Integration tests failed:', error);
    process.exit(1);
  }
}

void main();
