// Issue #12, "hover during indexing": between two slices of work the server lets every waiting
// message, and the writes it queued, go first (src/server/turns.ts). Checked with vscode-jsonrpc's
// own connection over streams, the way the server's is built: a request sent while slices of busy
// work run is answered before the next slice starts.
import * as assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { MAX_TURNS, yieldToPendingWork } from '../../../src/server/turns';

/** Spends `ms` of CPU, as a slice of parsing does. */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

function connectedPair(): { client: MessageConnection; server: MessageConnection } {
  const up = new PassThrough();
  const down = new PassThrough();
  const client = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  const server = createMessageConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
  client.listen();
  server.listen();
  return { client, server };
}

/**
 * Slices of 5 ms of work, each followed by `yieldBetween`, the server notifying the client after
 * each (as progress and diagnostics do); a request is sent once the work is under way. How many
 * slices started between the request and its answer.
 */
async function slicesBeforeAnswer(yieldBetween: () => Promise<unknown>): Promise<number> {
  const { client, server } = connectedPair();
  let slices = 0;
  server.onRequest('hover', () => slices);
  client.onNotification('progress', () => undefined);
  let stop = false;
  const work = (async () => {
    while (!stop) {
      slices++;
      busy(5);
      void server.sendNotification('progress', { slices });
      await yieldBetween();
    }
  })();
  try {
    while (slices < 3) await new Promise((resolve) => setImmediate(resolve));
    const sentAt = slices;
    const answeredAt = await client.sendRequest<number>('hover');
    const slicesNow = slices;
    assert.ok(answeredAt >= sentAt);
    return slicesNow - sentAt;
  } finally {
    stop = true;
    await work;
    client.dispose();
    server.dispose();
  }
}

describe('the language server: messages go before the next slice of work (turns.ts)', function () {
  this.timeout(20_000);

  it('answers a request sent during a slice before the next slice starts', async () => {
    const counts: number[] = [];
    for (let i = 0; i < 5; i++) counts.push(await slicesBeforeAnswer(yieldToPendingWork));
    assert.ok(Math.max(...counts) <= 1, `slices between request and answer: ${counts.join(', ')}`);
  });

  it('(contrast) a single turn between slices let at least one more slice run first', async () => {
    const oneTurn = () => new Promise((resolve) => setImmediate(resolve));
    const counts: number[] = [];
    for (let i = 0; i < 5; i++) counts.push(await slicesBeforeAnswer(oneTurn));
    assert.ok(Math.min(...counts) >= 2, `slices between request and answer: ${counts.join(', ')}`);
  });

  it('waits out a chain of other turns, each scheduling the next, however quick, before it resolves', async () => {
    let links = 0;
    const link = () => {
      if (++links < 10) setImmediate(link);
    };
    setImmediate(link);
    await yieldToPendingWork();
    assert.equal(links, 10);
  });

  it('resolves after one turn when nothing else is queued, and after MAX_TURNS under an endless chain', async () => {
    const quiet: number[] = [];
    for (let i = 0; i < 20; i++) quiet.push(await yieldToPendingWork());
    assert.ok(quiet.every((turns) => turns === 1), quiet.join(', '));
    let running = true;
    const forever = () => {
      if (running) setImmediate(forever);
    };
    setImmediate(forever);
    assert.equal(await yieldToPendingWork(), MAX_TURNS);
    running = false;
  });
});
