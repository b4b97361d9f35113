import { strict as assert } from 'node:assert';
import { escapeTerminal } from '../../../src/core/text/terminal';

describe('escapeTerminal', () => {
  it('shows ESC as ^[ and BEL as \\x07, so no sequence reaches the terminal', () => {
    assert.equal(escapeTerminal('web\u001b]0;pwned\u0007'), 'web^[]0;pwned\\x07');
  });
  it('shows newlines and carriage returns as \\n and \\r, so a name cannot forge an output line', () => {
    assert.equal(escapeTerminal('web\nfake.yaml:1:1: error x\r'), 'web\\nfake.yaml:1:1: error x\\r');
  });
  it('escapes DEL and C1 controls and leaves other text, Chinese included, unchanged', () => {
    assert.equal(escapeTerminal('a\u007fb\u009bc'), 'a\\x7fb\\x9bc');
    assert.equal(escapeTerminal('web-0 就绪 ✓'), 'web-0 就绪 ✓');
  });
});
