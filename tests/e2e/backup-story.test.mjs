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
//   on one and an own program on the other: the preview says what will be
//   added and removed, nothing either logged is lost, the deletions stay in
//   both orders, and both end with the same data;
// - on a computer (File System Access), "Back up now" rewrites the file the
//   lifter picked once, kept in IndexedDB: a real file handle from the
//   origin's private file system stands for the one he picked (headless
//   Chromium can't answer the save dialog); "Choose a different file" picks
//   another; a file the browser won't let the page write gives a download.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { launch, open, shot, SHOTS } from "./harness.mjs";
import { copyAsDeadliftAlone, logSquat, startStartingStrength, dayFromToday, tab } from "./story-steps.mjs";

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
    // A phone: no save dialog to pick a file with (headless Chromium has
    // one), and no file sharing here either, so the backup downloads.
    await context.addInitScript(() => {
      delete Window.prototype.showSaveFilePicker;
      delete window.showSaveFilePicker;
    });
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
  test(`a phone and a laptop merge each other's backups, in both orders, deletions kept (${colorScheme})`, async () => {
    const phone = await env.phone({ colorScheme });
    const laptop = await env.phone({ colorScheme });
    await open(phone.page, env.origin, "#/log");
    const threeDaysAgo = await dayFromToday(phone.page, -3);
    await logSquat(phone.page, 100, threeDaysAgo);
    await logSquat(phone.page, 105, await dayFromToday(phone.page, -2));
    // A program of the phone's own, which it deletes later.
    await tab(phone.page, "Program");
    await phone.page.getByLabel("Program", { exact: true }).selectOption({ label: "5s, then 3s, then singles" });
    await copyAsDeadliftAlone(phone.page, "Pulls");
    await phone.page.getByRole("button", { name: "Save program" }).click();
    await phone.page.getByLabel("Program", { exact: true }).locator("option", { hasText: "Yours: Pulls" }).waitFor({ state: "attached" });
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

    // Meanwhile the phone logs one more and deletes its program.
    await logSquat(phone.page, 110, await dayFromToday(phone.page, -1));
    await tab(phone.page, "Program");
    const picker = phone.page.getByLabel("Program", { exact: true });
    await picker.selectOption({ label: "Yours: Pulls" });
    await phone.page.getByRole("button", { name: "Delete", exact: true }).click();
    await picker.locator("option", { hasText: "Yours: Pulls" }).waitFor({ state: "detached" });
    const fromPhone = await exportBackup(phone.page);

    // The phone merges the laptop's backup, which still has the program: the
    // preview says what, in counts, and the program doesn't come back.
    const onPhone = await chooseBackup(phone.page, fromLaptop);
    await onPhone.getByText("Merging adds 1 session; removes 1 session deleted on the other device.").waitFor();
    await shotAt(phone.page, onPhone, `backup-merge-preview-${colorScheme}`);
    await onPhone.getByRole("button", { name: "Merge into my data" }).click();
    await phone.page.getByText("The backup was merged in (2 sessions in it).").waitFor();

    // And the laptop the phone's, the other way round.
    const onLaptop = await chooseBackup(laptop.page, fromPhone);
    await onLaptop.getByText("Merging adds 1 session; removes 1 program deleted on the other device.").waitFor();
    await onLaptop.getByRole("button", { name: "Merge into my data" }).click();
    await laptop.page.getByText("The backup was merged in (3 sessions in it).").waitFor();

    // Both have the three sessions not deleted, and not the deleted one.
    const [p, l] = [await storedData(phone.page), await storedData(laptop.page)];
    assert.deepEqual(p, l, "the same document on both");
    assert.equal(p.log.length, 3);
    assert.ok(!p.log.some((s) => s.date === threeDaysAgo), "the deleted session stays deleted");
    assert.equal(p.deleted.length, 1);
    assert.equal(p.custom_programs, undefined, "the deleted program stays deleted");
    assert.equal(p.deleted_programs.length, 1);
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

/** The text of `name` in the origin's private file system; null for a
 * moment while a write replaces it (this profile's private file system is
 * in memory, where closing a write swaps the file in). */
const fileText = (page, name) =>
  page.evaluate(async (name) => {
    const dir = await navigator.storage.getDirectory();
    try {
      return await (await (await dir.getFileHandle(name)).getFile()).text();
    } catch (e) {
      if (e.name === "NotFoundError") return null;
      throw e;
    }
  }, name);

/** Waits until `name` holds `text` (the write ends after the tap). */
async function fileHolds(page, name, text) {
  for (let i = 0; i < 100; i += 1) {
    if ((await fileText(page, name)) === text) return;
    await page.waitForTimeout(50);
  }
  assert.equal(await fileText(page, name), text, `${name} holds the backup`);
}

test("on a computer, 'Back up now' rewrites the file picked once, 'Choose a different file' picks another, and a refused file downloads", async () => {
  const { page, errors, context } = await env.phone();
  // The save dialog, which headless Chromium can't show, answers with a real
  // file of the origin's private file system, as the lifter's pick would.
  await context.addInitScript(() => {
    window.__picks = [];
    window.showSaveFilePicker = async (options) => {
      window.__picks.push(options.suggestedName);
      const dir = await navigator.storage.getDirectory();
      return dir.getFileHandle("other-backup.json", { create: true });
    };
  });
  const downloads = [];
  page.on("download", (d) => downloads.push(d));
  await open(page, env.origin, "#/log");
  // The file he picked on an earlier visit, kept where the app keeps it.
  await page.evaluate(async () => {
    const dir = await navigator.storage.getDirectory();
    const file = await dir.getFileHandle("liftsheet-backup.json", { create: true });
    const w = await file.createWritable();
    await w.write("an older backup");
    await w.close();
    const db = await new Promise((resolve, reject) => {
      const r = indexedDB.open("liftsheet-files", 1);
      r.onupgradeneeded = () => r.result.createObjectStore("handles");
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction("handles", "readwrite");
      tx.objectStore("handles").put(file, "backup");
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
  await logSquat(page);

  // One tap after the session: the picked file now holds the document.
  const offer = page.getByRole("region", { name: "Back up your log" });
  const before = await page.evaluate(() => localStorage.getItem("liftsheet"));
  await offer.getByRole("button", { name: "Back up now" }).click();
  await offer.waitFor({ state: "detached" });
  await fileHolds(page, "liftsheet-backup.json", before);
  const { last } = JSON.parse(await page.evaluate(() => localStorage.getItem("liftsheet"))).backups;
  assert.deepEqual(last, { on: last.on, place: "download", file: "liftsheet-backup.json" });
  assert.deepEqual(await page.evaluate(() => window.__picks), [], "no dialog: the file kept");

  // Settings says where; "Back up now" there rewrites the same file.
  await page.goto(`${env.origin}/#/settings`);
  const card = page.getByRole("region", { name: "Backups" });
  await card.getByText(`Last backup: ${last.on}, to liftsheet-backup.json.`).waitFor();
  await card.getByText("Each backup from this computer rewrites liftsheet-backup.json, the file you picked.").waitFor();
  for (const colorScheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme });
    await shotAt(page, card, `backup-file-settings-${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: "light" });
  const second = await page.evaluate(() => localStorage.getItem("liftsheet"));
  assert.notEqual(second, before, "the record of the first backup is in the second");
  await card.getByRole("button", { name: "Back up now" }).click();
  await fileHolds(page, "liftsheet-backup.json", second);

  // "Choose a different file": the dialog, then that file, kept for next time.
  const third = await page.evaluate(() => localStorage.getItem("liftsheet"));
  await card.getByRole("button", { name: "Choose a different file" }).click();
  await card.getByText(`Last backup: ${last.on}, to other-backup.json.`).waitFor();
  await fileHolds(page, "other-backup.json", third);
  assert.deepEqual(await page.evaluate(() => window.__picks), ["liftsheet-backup.json"]);
  assert.equal(await fileText(page, "liftsheet-backup.json"), second, "the first file is left as it was");
  await page.reload();
  await card.getByText("Each backup from this computer rewrites other-backup.json, the file you picked.").waitFor();

  // The browser refuses to let the page write the file: a download instead.
  await page.evaluate(() => {
    FileSystemHandle.prototype.requestPermission = async () => "denied";
  });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    card.getByRole("button", { name: "Back up now" }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^liftsheet-backup-\d{4}-\d\d-\d\d\.json$/);
  await card.getByText(`Last backup: ${last.on}, downloaded.`).waitFor();
  assert.equal(downloads.length, 1, "only the refused file was downloaded");
  assert.deepEqual(errors, []);
  await context.close();
});

/** Adds `name` as an own exercise from the Log's picker, in an empty session
 * then discarded: his, and used nowhere. */
async function addUnusedOwnExercise(page, name) {
  await tab(page, "Log");
  await page.getByRole("button", { name: "Start an empty session" }).click();
  const form = page.getByRole("form", { name: "Add an exercise" });
  await form.getByLabel("Exercise", { exact: true }).selectOption({ label: "Other exercise…" });
  await form.getByLabel("Search exercises").fill(name);
  await form.getByRole("button", { name: `Add “${name}” as your own exercise` }).click();
  await page.getByRole("region", { name }).waitFor();
  await page.getByRole("button", { name: "Discard session" }).click();
  await page.getByRole("button", { name: "Yes, discard this session" }).click();
  await page.getByRole("button", { name: "Start an empty session" }).waitFor();
}

test("an own exercise deleted on the phone stays deleted when either backup is merged, and one added again gets a new id", async () => {
  const phone = await env.phone();
  const laptop = await env.phone();
  await open(phone.page, env.origin, "#/log");
  await addUnusedOwnExercise(phone.page, "Sled push");
  // The laptop has it from the phone's backup.
  await open(laptop.page, env.origin, "#/settings");
  await (await chooseBackup(laptop.page, await exportBackup(phone.page))).getByRole("button", { name: "Merge into my data" }).click();
  const yours = (page) => page.getByRole("region", { name: "Your exercises" });
  await yours(laptop.page).getByText("Sled push").waitFor();

  // The phone deletes it in Settings.
  const card = yours(phone.page);
  await card.getByText("Sled push").waitFor();
  for (const colorScheme of ["light", "dark"]) {
    await phone.page.emulateMedia({ colorScheme });
    await shotAt(phone.page, card, `own-exercises-${colorScheme}`);
  }
  await card.getByRole("button", { name: "Delete Sled push" }).click();
  await card.waitFor({ state: "detached" });

  // The laptop's backup, which still has it, doesn't bring it back...
  const onPhone = await chooseBackup(phone.page, await exportBackup(laptop.page));
  await onPhone.getByText("Merging changes nothing: everything in it is already here.").waitFor();
  await onPhone.getByRole("button", { name: "Merge into my data" }).click();
  await phone.page.getByText(/The backup was merged in/).waitFor();
  // ...and the phone's takes it away on the laptop, saying so first.
  const onLaptop = await chooseBackup(laptop.page, await exportBackup(phone.page));
  await onLaptop.getByText("Merging removes 1 exercise deleted on the other device.").waitFor();
  await onLaptop.getByRole("button", { name: "Merge into my data" }).click();
  await laptop.page.getByText(/The backup was merged in/).waitFor();
  await yours(laptop.page).waitFor({ state: "detached" });
  const [p, l] = [await storedData(phone.page), await storedData(laptop.page)];
  assert.deepEqual(p, l, "the same document on both");
  assert.equal(p.exercises, undefined);
  assert.deepEqual(p.deleted_exercises, ["sled-push"]);

  // Added again on the laptop: a new id, which the deletion doesn't take.
  await addUnusedOwnExercise(laptop.page, "Sled push");
  const again = await storedData(laptop.page);
  assert.deepEqual(again.exercises.map((e) => e.id), ["sled-push-2"]);
  await settings(laptop.page);
  await yours(laptop.page).getByText("Sled push").waitFor();
  assert.deepEqual([...phone.errors, ...laptop.errors], []);
  await phone.context.close();
  await laptop.context.close();
});
