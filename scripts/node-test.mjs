// Runs `node --test` on the given files and fails when any test was skipped or left as todo, as
// well as when one failed: a skipped test must never count as passing (node's runner has no
// --forbid-skip). Output is passed through unchanged.
//   node scripts/node-test.mjs test/webview/
import { spawn } from 'node:child_process';

const child = spawn(process.execPath, ['--test', '--test-concurrency=1', ...process.argv.slice(2)], { stdio: ['inherit', 'pipe', 'inherit'] });
let tail = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  tail = (tail + chunk.toString()).slice(-4000);
});
child.on('close', (code) => {
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tail)?.[1] ?? 0);
  const notRun = count('skipped') + count('todo') + count('cancelled');
  if (count('pass') === 0) console.error('node-test: no test ran');
  if (notRun > 0) console.error(`node-test: ${notRun} test(s) skipped, todo or cancelled: that is a failure here`);
  process.exit(code !== 0 || notRun > 0 || count('pass') === 0 ? 1 : 0);
});
