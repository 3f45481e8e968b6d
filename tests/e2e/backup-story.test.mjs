// Backups that happen (issue "His data outlives his phone", items 1 and 4),
// at 390x844 by labels and roles:
// - after a finished session with no backup yet, the Log offers "Back up
//   now"; in headless Chromium (no file sharing) it downloads the file, the
//   day is recorded in the document (and so in the next backup), and the
//   offer doesn't come back after the next session;
// - Settings says when the last backup was and where it went, and how often
//   one is offered;
// - whether this browser may clear the data is said in plain words.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { launch, open, shot } from "./harness.mjs";
import { logSquat } from "./story-steps.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

for (const colorScheme of ["light", "dark"]) {
  test(`the backup offered after a session, made in one tap, and remembered (${colorScheme})`, async () => {
    const { page, errors, context } = await env.phone({ colorScheme });
    await open(page, env.origin, "#/log");
    await logSquat(page);

    const offer = page.getByRole("region", { name: "Back up your log" });
    await offer.getByText("You haven't backed up yet.").waitFor();
    await shot(page, `backup-offer-${colorScheme}`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      offer.getByRole("button", { name: "Back up now" }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^liftsheet-backup-\d{4}-\d\d-\d\d\.json$/);
    const backup = JSON.parse(readFileSync(await download.path(), "utf8"));
    assert.equal(backup.log.length, 1, "the session just logged is in it");
    await offer.waitFor({ state: "detached" });

    // The day is in the document, and Settings says so.
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem("liftsheet")));
    assert.equal(stored.backups.last.place, "download");
    await page.goto(`${env.origin}/#/settings`);
    const card = page.getByRole("region", { name: "Backups" });
    await card.getByText(`Last backup: ${stored.backups.last.on}, downloaded.`).waitFor();
    assert.equal(await card.getByLabel("Offer a backup every").inputValue(), "7");
    await card.getByLabel("Offer a backup every").selectOption("14");
    await shot(page, `backup-settings-${colorScheme}`);

    // Not due again after the next session.
    await logSquat(page);
    assert.equal(await page.getByRole("region", { name: "Back up your log" }).count(), 0);
    const after = JSON.parse(await page.evaluate(() => localStorage.getItem("liftsheet")));
    assert.equal(after.backups.every_days, 14);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("'Not now' puts the offer away, and whether the browser keeps the data is said plainly", async () => {
  const { page, errors, context } = await env.phone();
  await open(page, env.origin, "#/log");
  await logSquat(page);
  const offer = page.getByRole("region", { name: "Back up your log" });
  await offer.getByRole("button", { name: "Not now" }).click();
  await offer.waitFor({ state: "detached" });

  // What this browser says of its storage, in words: kept, or may be cleared.
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  await page.goto(`${env.origin}/#/settings`);
  const card = page.getByRole("region", { name: "Backups" });
  await card.getByText("No backup made yet.").waitFor();
  if (persisted) {
    await card.getByText("This browser keeps your data until you delete it.").waitFor();
  } else {
    await card.getByText(/This browser may clear your data if the phone runs low on space/).waitFor();
  }
  assert.deepEqual(errors, []);
  await context.close();
});
