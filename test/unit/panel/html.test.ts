import * as assert from 'node:assert/strict';
import { renderHtml } from '../../../src/panel/html';
import { escapeAttribute, escapeHtml } from '../../../src/util/html';

const INPUT = {
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  nonce: '0b5b2d4e-8c1a-4f3e-9d7a-1c2b3a4d5e6f',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/main.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/main.css',
  title: 'StatefulSet web',
};

describe('rollout panel HTML', () => {
  it('sets the CSP: nothing by default, styles/images/fonts from the webview source, scripts by nonce only', () => {
    const html = renderHtml(INPUT);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    assert.equal(
      csp,
      `default-src 'none'; style-src ${INPUT.cspSource}; img-src ${INPUT.cspSource} data:; font-src ${INPUT.cspSource}; script-src 'nonce-${INPUT.nonce}';`,
    );
    assert.equal((html.match(/Content-Security-Policy/g) ?? []).length, 1);
  });

  it('loads the bundle with the nonce and the stylesheet, and has no inline script or style', () => {
    const html = renderHtml(INPUT);
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 1);
    assert.match(scripts[0][0], new RegExp(`^<script nonce="${INPUT.nonce}" src="${INPUT.scriptUri.replace(/[.+]/g, '\\$&')}">`));
    assert.equal(scripts[0][1], '', 'inline script');
    assert.ok(html.includes(`<link rel="stylesheet" href="${INPUT.styleUri}">`));
    assert.doesNotMatch(html, /<style\b|\sstyle=|\son[a-z]+=/i);
  });

  it('escapes a hostile title and hostile values', () => {
    const html = renderHtml({
      ...INPUT,
      title: '<img src=x onerror=alert(1)></title><script>alert(2)</script>',
      scriptUri: 'x" onload="alert(3)',
      nonce: 'n" onerror="x',
    });
    assert.ok(html.includes('<title>&lt;img src=x onerror=alert(1)&gt;&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;</title>'));
    assert.equal((html.match(/<script\b/g) ?? []).length, 1);
    assert.ok(html.includes('src="x&quot; onload=&quot;alert(3)"'));
    assert.ok(html.includes('nonce="n&quot; onerror=&quot;x"'));
    assert.doesNotMatch(html, /<img/);
  });

  it('escapes what would end an attribute or open a tag', () => {
    assert.equal(escapeAttribute(`a&"<>'b`), `a&amp;&quot;&lt;&gt;'b`);
    assert.equal(escapeHtml(`<b title="x">&'</b>`), '&lt;b title=&quot;x&quot;&gt;&amp;&#39;&lt;/b&gt;');
  });
});
