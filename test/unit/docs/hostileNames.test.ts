// Names, namespaces, label keys, values and file names are the manifest author's text. In a hover
// they must render as text: no link (a `command:` link runs a command on click), no heading, no
// HTML, whatever backticks and line breaks they hold.
import * as assert from 'node:assert/strict';
import { completionsAt } from '../../../src/core/complete/completions';
import { hoverAt } from '../../../src/core/docs/hover';
import { code, link, plainText } from '../../../src/core/docs/markdown';
import { assertInertMarkdown as assertInert, caretFixture, renderMarkdown } from './hoverHelpers';

// As YAML (a double-quoted scalar): double backticks to close a code span, blank lines to end a
// paragraph, a command link, a heading, an image tag, and URLs a renderer might linkify.
const HOSTILE = '"a``b\\n\\n[x](command:evil)\\n# heading\\n<img src=x onerror=y>` https://evil.example www.evil.example `"';
const SHOWN = '[x](command:evil)';
// A file name holding the same, as a URI.
const HOSTILE_URI = `file:///w/${encodeURIComponent('a``b\n[x](command:evil)\n# h<img src=x>`')}.yaml`;

function hoverHtml(source: string, others: Record<string, string> = {}): string {
  const { file, index, caret } = caretFixture(source, others);
  const hover = hoverAt(file, caret, index);
  assert.ok(hover, `no hover at\n${source}`);
  return assertInert(hover.markdown, source);
}

const STS = (spec: string, name = HOSTILE, namespace = 'default') =>
  `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n${spec}`;

describe('hostile names in hovers', () => {
  it('shows a hostile StatefulSet name as text in the replicas and partition hovers (pod names)', () => {
    assert.ok(hoverHtml(STS('  repl|icas: 3\n')).includes(SHOWN));
    const partition = '  replicas: 3\n  updateStrategy:\n    rollingUpdate:\n      parti|tion: 1\n';
    assert.ok(hoverHtml(STS(partition)).includes(SHOWN));
    assert.ok(hoverHtml(STS('  podManagementPolicy: OrderedR|eady\n')).includes(SHOWN));
  });

  it('shows a hostile serviceName, namespace and pod name as text in the serviceName hover', () => {
    assert.ok(hoverHtml(STS(`  serviceNa|me: ${HOSTILE}\n`)).includes(SHOWN), 'invalid serviceName');
    assert.ok(hoverHtml(STS('  replicas: 2\n  serviceNa|me: web\n', HOSTILE, HOSTILE)).includes(SHOWN), 'missing Service, hostile namespace');
  });

  it('shows a hostile label, namespace and file name as text where the Service does not qualify', () => {
    const labels = `{${HOSTILE}: ${HOSTILE}}`;
    const sts = STS(`  replicas: 1\n  serviceNa|me: web\n  template:\n    metadata:\n      labels: ${labels}\n`, 'web', HOSTILE);
    const svc = `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: ${HOSTILE}\nspec:\n  selector: {app: ${HOSTILE}}\n`;
    const html = hoverHtml(sts, { [HOSTILE_URI]: svc });
    assert.ok(html.includes(SHOWN));
    assert.ok(html.includes('# h&lt;img src=x&gt;'), html);
  });

  it('shows hostile claim template names and invalid values as text', () => {
    const claims = `  replicas: 2\n  volumeClaimTem|plates:\n  - metadata:\n      name: ${HOSTILE}\n`;
    assert.ok(hoverHtml(STS(claims)).includes(SHOWN));
    for (const spec of [
      `  podManagementPol|icy: ${HOSTILE}\n`,
      `  updateStrategy:\n    ty|pe: ${HOSTILE}\n`,
      `  persistentVolumeClaimRetentionPolicy:\n    whenDel|eted: ${HOSTILE}\n`,
    ]) {
      assert.ok(hoverHtml(STS(spec)).includes(SHOWN), spec);
    }
  });

  it('shows a hostile StatefulSet name and file name as text on the Service it names', () => {
    const svc = `apiVersion: v1\nkind: Service\nmetadata:\n  na|me: ${HOSTILE}\nspec:\n  clusterIP: None\n`;
    const html = hoverHtml(svc, { [HOSTILE_URI]: STS(`  serviceName: ${HOSTILE}\n`) });
    assert.ok(html.includes(SHOWN), html);
  });

  it('shows a hostile key as text in the field section', () => {
    const source = `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\n  labels:\n    "a|${HOSTILE.slice(2)}: v\n`;
    const html = hoverHtml(source);
    assert.ok(html.startsWith(`<p><strong>a\`\`b\\n\\n${SHOWN}\\n# heading\\n&lt;img`), html);
  });

  it('shows a hostile file name as text in a serviceName completion', () => {
    const svc = `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  clusterIP: None\n`;
    const { file, index, caret } = caretFixture(STS('  serviceName: |\n', 'web'), { [HOSTILE_URI]: svc });
    const item = completionsAt(file, caret, index).find((i) => i.label === 'web');
    assert.ok(item?.documentation);
    assert.ok(assertInert(item.documentation, 'completion').includes(SHOWN));
  });
});

describe('code', () => {
  it('fences a span one backtick longer than any run inside, padding a leading or trailing backtick', () => {
    assert.equal(code('web'), '`web`');
    assert.equal(code('a`b'), '``a`b``');
    assert.equal(code('a``b```c'), '````a``b```c````');
    assert.equal(code('`a'), '`` `a ``');
    assert.equal(code(' a '), '`  a  `');
    assert.equal(code(''), '` `');
    for (const text of ['a`b', '``', '`a`', ' x ', 'a\nb', '  ', '``` ```']) {
      const expected = text.replace(/\n/g, '\\n').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      assert.equal(renderMarkdown(code(text)), `<p><code>${expected}</code></p>\n`, JSON.stringify(text));
    }
  });

  it('shows line breaks and control characters instead of keeping them', () => {
    assert.equal(code('a\n\n# b\u001b'), '`a\\n\\n# b^[`');
  });
});

describe('plainText', () => {
  it('renders user text as written, with no markup', () => {
    const text = '*a* _b_ [c](command:d) <e> &amp; `f` # g\n- h 1. i https://j.example www.k.example \\';
    assert.equal(renderMarkdown(plainText(text)), '<p>*a* _b_ [c](command:d) &lt;e&gt; &amp;amp; `f` # g\\n- h 1. i https://j.example www.k.example \\</p>\n');
  });
});

describe('link', () => {
  it('links https URLs and shows anything else as text', () => {
    assert.equal(link('docs', 'https://kubernetes.io/docs/'), '[docs](https://kubernetes.io/docs/)');
    for (const url of ['command:evil', 'javascript:alert(1)', 'https://a.example/x) [y](command:z', 'https://a.example/x y', 'docs/README.md']) {
      assert.equal(link('docs', url), 'docs', url);
    }
  });
});
