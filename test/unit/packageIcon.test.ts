import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

// VS Code shows the extension's icon in the Extensions view and on the Welcome page's walkthrough
// card; without one the walkthrough gets a grey square. The Marketplace wants a PNG of at least 128 px.
const ROOT = path.join(__dirname, '..', '..', '..');

describe('the extension icon', () => {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { icon?: string };

  it('is a 128×128 PNG that the VSIX allow-list ships', () => {
    assert.ok(manifest.icon, 'package.json has no icon');
    const png = readFileSync(path.join(ROOT, manifest.icon));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    const ignore = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
    assert.match(ignore, /^!media\/icon\*\.png$/m, '.vscodeignore must let the icon into the VSIX');
    assert.match(manifest.icon, /^media\/icon[^/]*\.png$/);
  });
});
