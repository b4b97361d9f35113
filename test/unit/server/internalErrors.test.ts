// Issue #12 "internal errors": a rule whose check throws is our bug. The user sees an
// `internal-error` finding and every other finding as usual; the LSP log (`window/logMessage`,
// VS Code's output channel for the server) gets the rule, the stage and the stack.
import * as assert from 'node:assert/strict';
import { MessageType } from 'vscode-languageserver-protocol/node';
import { INTERNAL_ERROR } from '../../../src/core/engineIds';
import { rules } from '../../../src/core/rules/index';
import type { Rule } from '../../../src/core/rules/types';
import { startInProcess } from './inProcess';
import { statefulSet } from './workspaces';

const THROWING = 'sts-name-invalid';
const URI = 'untitled:internal-errors.yaml';

/** Runs `body` while the rule THROWING throws from its check. */
async function withThrowingRule(body: () => Promise<void>): Promise<void> {
  const rule = rules.find((r) => r.id === THROWING) as { check: Rule['check'] } | undefined;
  assert.ok(rule, THROWING);
  const original = rule.check;
  rule.check = () => {
    throw new Error('thrown by the test');
  };
  try {
    await body();
  } finally {
    rule.check = original;
  }
}

describe('the language server: internal errors', function () {
  this.timeout(60_000);

  it('logs a throwing rule\'s error with the rule, the stage and the stack, and still publishes the other findings', () =>
    withThrowingRule(async () => {
      const c = await startInProcess({ settings: { statefulsetStudio: { debounceMs: 0 } } });
      try {
        await c.open(URI, statefulSet('web', 'web', '-1'));
        const found = await c.waitFor('the findings', () => c.latest(URI));
        const codes = found.map((d) => String(d.code));
        assert.ok(codes.includes(INTERNAL_ERROR), codes.join(', '));
        assert.ok(codes.includes('sts-negative-value'), `the other findings still arrive: ${codes.join(', ')}`);
        const logged = await c.waitFor('the log', () => c.logs.find((log) => log.value.message.includes(THROWING)));
        assert.equal(logged.value.type, MessageType.Error);
        assert.match(logged.value.message, /^Internal error in rule sts-name-invalid while checking: /);
        assert.match(logged.value.message, /Error: thrown by the test\n\s+at /);
      } finally {
        await c.stop();
      }
    }));

  it('stops logging once the server shuts down (the listener is the server\'s, not left behind)', () =>
    withThrowingRule(async () => {
      const c = await startInProcess();
      await c.stop();
      const other = await startInProcess({ settings: { statefulsetStudio: { debounceMs: 0 } } });
      try {
        await other.open(URI, statefulSet('web', 'web'));
        await other.waitFor('the findings', () => other.latest(URI));
        assert.equal(c.logs.length, 0);
        assert.equal(other.logs.filter((log) => log.value.message.includes(THROWING)).length, 1);
      } finally {
        await other.stop();
      }
    }));
});
