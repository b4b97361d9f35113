// Renders media/icon.svg to the 128×128 PNG the Marketplace, the Extensions view and the
// Welcome page's walkthrough card show (VS Code shows the extension's icon on the walkthrough; an
// extension without one gets a grey square). Run by hand after editing the SVG:
//   node scripts/render-icon.mjs
// It uses the harness's Chromium through playwright-core (no image tool is needed), with a
// transparent background so the rounded corners stay round on every theme.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const svg = readFileSync(join(ROOT, 'media', 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: join(ROOT, 'media', 'icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
