// Running a VS Code command from the command palette, for the e2e tests: by its exact label, as a
// user picks it (Enter would run the top fuzzy match, whatever it is).

/**
 * Opens the quick input. F1 pressed while a just-closed picker still holds the focus can open
 * nothing, so it is pressed again; once in CI three presses opened nothing after the side bar was
 * toggled (the focus on a title-bar button), so the last try clicks the title bar's command center,
 * which opens the quick input wherever the focus is (pickRow's `>` turns it to commands).
 */
export async function openPalette(page) {
  const input = page.locator('.quick-input-widget input.input');
  for (let attempt = 0; attempt < 3; attempt++) {
    if (attempt < 2) await page.keyboard.press('F1');
    else await page.locator('.command-center-center').click();
    if (await input.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false)) return;
  }
}

/** Picks the quick input's row labelled exactly `label` after typing `filter`. */
export async function pickRow(page, filter, label) {
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible' });
  await input.fill(filter);
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.getByText(label, { exact: true }) }).first();
  await row.waitFor();
  await row.click();
}

/** Runs the palette command labelled exactly `label`. */
export async function runCommand(page, label) {
  await openPalette(page);
  await pickRow(page, `>${label}`, label);
}
