// Backups that happen (issue "His data outlives his phone", items 1 and 4),
// at 390x844 by labels and roles:
// - after a finished session with no backup yet, the Log offers "Back up
//   now"; in headless Chromium (no file sharing) it downloads the file, the
//   day is recorded in the document (and so in the next backup), and the
//   offer doesn't come back after the next session;
// - Settings says when the last backup was and where it went, and how often
//   one is offered;
// - whether this browser may clear the data is said in plain words;
// - a backup restored into a fresh browser profile gives back the same
//   screens and data, merged or replacing (items 2 and 3);
// - a phone and a laptop merge each other's backups, with a session deleted
//   on one: the preview says what will be added and removed, nothing either
//   logged is lost, the deletion stays, and both end with the same data.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { launch, open, shot, SHOTS } from "./harness.mjs";
import { logSquat, startStartingStrength, dayFromToday, tab } from "./story-steps.mjs";

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

/** A screenshot of the screen as the lifter sees it with `locator` in view. */
async function shotAt(page, locator, name) {
  await locator.scrollIntoViewIfNeeded();
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Opens Settings from the header's link. */
async function settings(page) {
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByRole("heading", { name: "Your data" }).waitFor();
}

/** Exports the backup from Settings > Your data; returns the file's text. */
async function exportBackup(page) {
  await settings(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export backup (JSON)" }).click(),
  ]);
  return readFileSync(await download.path(), "utf8");
}

/** Chooses `text` as the backup to restore in Settings; returns the preview. */
async function chooseBackup(page, text) {
  await settings(page);
  await page.getByLabel("Restore a backup (JSON)").setInputFiles({
    name: "liftsheet-backup.json",
    mimeType: "application/json",
    buffer: Buffer.from(text),
  });
  const preview = page.getByRole("region", { name: "Backup preview" });
  await preview.waitFor();
  return preview;
}

/** The stored document, without the generation (a Replace starts the next
 * one in the browser it happens in: bookkeeping, not the lifter's data). */
async function storedData(page) {
  const doc = JSON.parse(await page.evaluate(() => localStorage.getItem("liftsheet")));
  delete doc.generation;
  return doc;
}

/** What the lifter reads on the History, Program and Settings tabs. */
async function screens(page) {
  const seen = {};
  for (const name of ["History", "Program"]) {
    await tab(page, name);
    await page.waitForURL(name === "History" ? /#\/history/ : /#\/plan/);
    // The screen has changed once the header names it (the last screen's
    // headings stay until the new one renders).
    await page.getByRole("heading", { level: 1, name, exact: true }).waitFor();
    await page.locator("main h2").first().waitFor();
    // textContent, not innerText: History's cards far from the screen skip
    // layout (content-visibility), and innerText leaves out what isn't laid out.
    seen[name] = await page.locator("main").textContent();
  }
  await settings(page);
  seen.Settings = await page.locator("main").textContent();
  return seen;
}

test("a backup restored into a fresh browser gives back the same screens and data, merged or replacing", async () => {
  const phone = await env.phone();
  await open(phone.page, env.origin, "#/plan");
  await startStartingStrength(phone.page, env.origin);
  await logSquat(phone.page, 100, await dayFromToday(phone.page, -2));
  await logSquat(phone.page, 105);
  // A setting the fresh browser doesn't have (it would show kg).
  await settings(phone.page);
  await phone.page.getByLabel("Unit").selectOption("lb");
  const file = await exportBackup(phone.page);
  const original = await storedData(phone.page);
  const originalScreens = await screens(phone.page);

  for (const how of ["Merge into my data", "Replace my data"]) {
    const fresh = await env.phone();
    await open(fresh.page, env.origin, "#/settings");
    const preview = await chooseBackup(fresh.page, file);
    await preview.getByText("Merging adds 2 sessions; its settings, maxes and running program replace yours.").waitFor();
    await preview.getByRole("button", { name: how }).click();
    if (how === "Replace my data") {
      await preview.getByRole("button", { name: "Yes, replace my data" }).click();
    }
    await fresh.page.getByText(/^Your data was replaced|^The backup was merged in/).waitFor();
    assert.deepEqual(await storedData(fresh.page), original, `${how}: the document backed up`);
    assert.equal(await fresh.page.getByLabel("Unit").inputValue(), "lb", `${how}: the backup's unit`);
    // Reloaded, so what is shown is what was stored.
    await fresh.page.reload();
    assert.deepEqual(await screens(fresh.page), originalScreens, `${how}: the same screens`);
    assert.deepEqual(fresh.errors, []);
    await fresh.context.close();
  }
  assert.deepEqual(phone.errors, []);
  await phone.context.close();
});

for (const colorScheme of ["light", "dark"]) {
  test(`a phone and a laptop merge each other's backups, in both orders, a deletion kept (${colorScheme})`, async () => {
    const phone = await env.phone({ colorScheme });
    const laptop = await env.phone({ colorScheme });
    await open(phone.page, env.origin, "#/log");
    const threeDaysAgo = await dayFromToday(phone.page, -3);
    await logSquat(phone.page, 100, threeDaysAgo);
    await logSquat(phone.page, 105, await dayFromToday(phone.page, -2));
    const first = await exportBackup(phone.page);

    // The laptop starts from the phone's backup, logs a session and deletes
    // the oldest one.
    await open(laptop.page, env.origin, "#/settings");
    await (await chooseBackup(laptop.page, first)).getByRole("button", { name: "Merge into my data" }).click();
    await laptop.page.getByText("The backup was merged in (2 sessions in it).").waitFor();
    await logSquat(laptop.page, 120);
    await tab(laptop.page, "History");
    await laptop.page.getByRole("button", { name: new RegExp(`^Edit ${threeDaysAgo} `) }).click();
    await laptop.page.getByRole("button", { name: "Delete session" }).click();
    await laptop.page.getByRole("button", { name: "Yes, delete this session" }).click();
    await laptop.page.getByRole("button", { name: new RegExp(`^Edit ${threeDaysAgo} `) }).waitFor({ state: "detached" });
    const fromLaptop = await exportBackup(laptop.page);

    // Meanwhile the phone logs one more.
    await logSquat(phone.page, 110, await dayFromToday(phone.page, -1));
    const fromPhone = await exportBackup(phone.page);

    // The phone merges the laptop's backup: the preview says what, in counts.
    const onPhone = await chooseBackup(phone.page, fromLaptop);
    await onPhone.getByText("Merging adds 1 session; removes 1 session deleted on the other device.").waitFor();
    await shotAt(phone.page, onPhone, `backup-merge-preview-${colorScheme}`);
    await onPhone.getByRole("button", { name: "Merge into my data" }).click();
    await phone.page.getByText("The backup was merged in (2 sessions in it).").waitFor();

    // And the laptop the phone's, the other way round.
    const onLaptop = await chooseBackup(laptop.page, fromPhone);
    await onLaptop.getByText("Merging adds 1 session.").waitFor();
    await onLaptop.getByRole("button", { name: "Merge into my data" }).click();
    await laptop.page.getByText("The backup was merged in (3 sessions in it).").waitFor();

    // Both have the three sessions not deleted, and not the deleted one.
    const [p, l] = [await storedData(phone.page), await storedData(laptop.page)];
    assert.deepEqual(p, l, "the same document on both");
    assert.equal(p.log.length, 3);
    assert.ok(!p.log.some((s) => s.date === threeDaysAgo), "the deleted session stays deleted");
    assert.equal(p.deleted.length, 1);
    await phone.page.reload();
    await laptop.page.reload();
    assert.deepEqual(await screens(phone.page), await screens(laptop.page), "the same screens");

    // Merging the same backup again changes nothing, and says so.
    const again = await chooseBackup(phone.page, fromLaptop);
    await again.getByText("Merging changes nothing: everything in it is already here.").waitFor();
    assert.deepEqual([...phone.errors, ...laptop.errors], []);
    await phone.context.close();
    await laptop.context.close();
  });
}
