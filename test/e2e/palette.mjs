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

/** Picks the quick input's row labelled exactly `label` after typing `filter`; `timeout` for each wait (the default otherwise). */
export async function pickRow(page, filter, label, timeout = undefined) {
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(filter, { timeout });
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.getByText(label, { exact: true }) }).first();
  await row.waitFor({ timeout });
  await row.click({ timeout });
}

/**
 * Runs the palette command labelled exactly `label`. In CI the palette once closed right after it
 * opened, before its row could be picked: the command before had hidden the side bar, and the focus
 * moved to the editor a moment later. So a palette gone before the pick is opened again.
 */
export async function runCommand(page, label) {
  for (let attempt = 0; ; attempt++) {
    await openPalette(page);
    try {
      await pickRow(page, `>${label}`, label, attempt < 2 ? 10_000 : undefined);
      return;
    } catch (error) {
      if (attempt >= 2) throw error;
      await page.waitForTimeout(500);
    }
  }
}
