// Your data: CSV import (preview, confirm, re-import adds nothing, bad rows by
// number, unusable files), JSON backup export and restore, and storage that
// never loses data (corrupt or newer store kept byte-for-byte, two tabs, a full
// localStorage) in real Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launch, open, shot, fillStorage, ROOT } from "./harness.mjs";
import { csvInput, stored } from "./story-steps.mjs";

const FIXTURES = join(ROOT, "tests", "e2e", "fixtures");
let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

for (const colorScheme of ["light", "dark"]) {
  test(`imports a Strong CSV after a preview; importing it again adds nothing (${colorScheme})`, async () => {
    const { page, errors, context } = await env.phone({ colorScheme });
    await open(page, env.origin, "#/settings");
    await csvInput(page).setInputFiles(join(FIXTURES, "strong.csv"));
    const preview = page.getByRole("region", { name: "Import preview" });
    await preview.waitFor();
    assert.match(await preview.textContent(), /Strong export: 5 new sessions to add \(9 sets\)/);
    assert.match(await preview.textContent(), /weights are read as kg/);
    await shot(page, `backup-preview-${colorScheme}`);
    // Nothing is written before confirming.
    assert.equal(await stored(page), null);
    await preview.getByRole("button", { name: "Import 5 sessions" }).click();
    await page.getByText("Imported 5 sessions (9 sets) from Strong.").waitFor();

    await csvInput(page).setInputFiles(join(FIXTURES, "strong.csv"));
    await page.getByText("Everything in this file is already in your log: nothing to add.").waitFor();
    assert.match(await preview.textContent(), /9 sets already in your log will be skipped/);
    await preview.getByRole("button", { name: "Cancel" }).click();

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History" }).click();
    await page.getByRole("article").first().waitFor();
    assert.equal(await page.getByRole("article").count(), 5);
    assert.match(await page.getByRole("heading", { name: /Sessions/ }).textContent(), /Sessions \(5\)/);
    // Newest first.
    assert.match(await page.getByRole("article").first().textContent(), /2024-04-15/);
    await page.getByRole("img", { name: /^Squat \(Barbell\) estimated 1RM over time/ }).waitFor();
    await shot(page, `history-imported-${colorScheme}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("a malformed CSV lists its bad rows by number; an unusable file imports nothing", async () => {
  const { page, errors, context } = await env.phone();
  await open(page, env.origin, "#/settings");
  await csvInput(page).setInputFiles(join(FIXTURES, "strong_malformed.csv"));
  const preview = page.getByRole("region", { name: "Import preview" });
  await preview.waitFor();
  const text = await preview.textContent();
  assert.match(text, /3 rows can't be imported/);
  assert.match(text, /Row 3: /);
  assert.match(text, /Row 4: /);
  assert.match(text, /Row 5: /);
  assert.match(text, /1 new session to add \(2 sets\)/);
  await shot(page, "backup-bad-rows-light");
  await preview.getByRole("button", { name: "Cancel" }).click();

  await csvInput(page).setInputFiles(join(FIXTURES, "not_an_export.csv"));
  await page.getByText(/Nothing was imported\. This isn't a Strong, Hevy, FitNotes, StrongLifts or Liftsheet export/).waitFor();
  await page.getByLabel("Restore a backup (JSON)").setInputFiles({
    name: "broken.json", mimeType: "application/json", buffer: Buffer.from("{not json"),
  });
  await page.getByText(/This backup can't be used, nothing was changed/).waitFor();
  assert.equal(await stored(page), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test("exports a JSON backup and restores it by merge, or by replace after a second confirmation", async () => {
  const { page, errors, context } = await env.phone();
  await open(page, env.origin, "#/settings");
  await csvInput(page).setInputFiles(join(FIXTURES, "strong.csv"));
  await page.getByRole("button", { name: "Import 5 sessions" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export backup (JSON)" }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^liftsheet-backup-\d{4}-\d\d-\d\d\.json$/);
  const backup = readFileSync(await download.path(), "utf8");
  assert.equal(backup, await stored(page));
  assert.equal(JSON.parse(backup).log.length, 5);

  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export history (CSV)" }).click(),
  ]);
  const csvText = readFileSync(await csv.path(), "utf8");
  assert.match(csvText, /^date,session,program,day,exercise,lift,set,kind,weight,unit,reps/);
  assert.equal(csvText.trim().split("\r\n").length, 1 + 9);

  // A backup with one extra session: merging keeps ours and adds it.
  const doc = JSON.parse(backup);
  doc.log.push({ i: "2023-01-02-aaaaaa", d: "2023-01-02", f: true, x: [{ k: "bench", n: "Bench", s: [{ w: 70, r: 5 }] }] });
  const file = { name: "backup.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc)) };
  const restore = page.getByLabel("Restore a backup (JSON)");
  await restore.setInputFiles(file);
  const preview = page.getByRole("region", { name: "Backup preview" });
  assert.match(await preview.textContent(), /This backup has 6 sessions, 10 sets and 0 maxes/);
  await preview.getByRole("button", { name: "Merge into my data" }).click();
  await page.getByText("The backup was merged in (6 sessions in it).").waitFor();
  assert.equal(JSON.parse(await stored(page)).log.length, 6);

  // Replace asks twice.
  const small = { schema: 1, log: [doc.log[5]] };
  await restore.setInputFiles({ ...file, buffer: Buffer.from(JSON.stringify(small)) });
  await preview.getByRole("button", { name: "Replace my data" }).click();
  await page.getByText(/Replace deletes your current data \(6 sessions\)/).waitFor();
  assert.equal(JSON.parse(await stored(page)).log.length, 6);
  await preview.getByRole("button", { name: "Yes, replace my data" }).click();
  await page.getByText("Your data was replaced by the backup (1 session).").waitFor();
  assert.equal(JSON.parse(await stored(page)).log.length, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [what, garbage] of [
  ["a corrupt store", "{\"schema\":1,\"log\":[{\"i\":\"x\" GARBAGE \u0000 ]]"],
  ["a store from a newer version (schema 99)", JSON.stringify({ schema: 99, future: { thing: [1, 2, 3] } })],
]) {
  test(`${what} goes read-only, offers its export and is kept byte-for-byte`, async () => {
    const { page, errors, context } = await env.phone();
    await page.addInitScript((text) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem("liftsheet", text);
        sessionStorage.setItem("seeded", "1");
      }
    }, garbage);
    await open(page, env.origin, "#/log");
    await page.getByText(/^Read-only: /).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export stored data" }).click(),
    ]);
    assert.equal(readFileSync(await download.path(), "utf8"), garbage);
    // Nothing that would change the document can be used, and the reason
    // is next to the controls (it used to accept work it would not keep).
    assert.equal(await page.getByRole("button", { name: "Start an empty session" }).isDisabled(), true);
    await page.getByText(/^Changes are off, nothing here can be saved: /).waitFor();
    await page.goto(`${env.origin}/#/settings`);
    await page.getByText(/^Read-only: /).waitFor();
    await page.getByText(/^Changes are off, nothing here can be saved: /).waitFor();
    assert.equal(await page.getByLabel("Unit", { exact: true }).isDisabled(), true);
    await page.getByText(/Importing is off while the stored data can't be read/).waitFor();
    // Export stays available.
    assert.equal(await page.getByRole("button", { name: "Export stored data" }).isDisabled(), false);
    assert.equal(await page.getByRole("button", { name: "Export backup (JSON)" }).isDisabled(), false);
    await page.goto(`${env.origin}/#/plan`);
    await page.getByLabel("Program", { exact: true }).selectOption({ label: "Starting Strength" });
    assert.equal(await page.getByRole("button", { name: "Start this program" }).isDisabled(), true);
    assert.equal(await stored(page), garbage);
    await shot(page, `backup-read-only-${what.startsWith("a corrupt") ? "corrupt" : "newer"}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("two tabs checking off sets of the same session keep each other's sets", async () => {
  const { page, errors, context } = await env.phone();
  await open(page, env.origin, "#/log");
  await page.getByRole("button", { name: "Start an empty session" }).click();
  await page.getByRole("button", { name: "Add exercise" }).click();
  for (let i = 0; i < 4; i++) await page.getByRole("button", { name: "Add a set to Squat" }).click();
  const other = await context.newPage();
  other.on("pageerror", (e) => errors.push(String(e)));
  await open(other, env.origin, "#/log");
  await other.getByRole("checkbox", { name: "Squat set 4 done" }).waitFor();
  // Interleaved check-offs in the two tabs.
  await page.getByRole("checkbox", { name: "Squat set 1 done" }).check();
  await other.getByRole("checkbox", { name: "Squat set 2 done" }).check();
  await page.getByRole("checkbox", { name: "Squat set 3 done" }).check();
  await other.getByRole("checkbox", { name: "Squat set 4 done" }).check();
  await page.waitForTimeout(300);
  for (const p of [page, other]) {
    await p.reload();
    await p.getByRole("navigation", { name: "Main" }).waitFor();
    for (const n of [1, 2, 3, 4]) {
      assert.equal(await p.getByRole("checkbox", { name: `Squat set ${n} done` }).isChecked(), true, `set ${n}`);
    }
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("a store that refuses writes (blocked) says blocked, not to free some space", async () => {
  const { page, errors, context } = await env.phone();
  // What a browser blocking site data does to a write: a SecurityError.
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("The operation is insecure.", "SecurityError");
    };
  });
  await open(page, env.origin, "#/settings");
  await page.getByLabel("Unit").selectOption("lb");
  const banner = page.getByRole("alert").filter({ hasText: "could not be saved" });
  await banner.getByText(/this browser blocked the write \(The operation is insecure\.\)/).waitFor();
  assert.doesNotMatch(await banner.textContent(), /space|full/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a full localStorage shows the save-failed message and keeps the previous data", async () => {
  const { page, errors, context } = await env.phone();
  await open(page, env.origin, "#/log");
  await page.getByRole("button", { name: "Start an empty session" }).click();
  await page.getByRole("button", { name: "Add exercise" }).click();
  const before = await stored(page);
  assert.match(before, /squat/);
  await fillStorage(page);
  for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Add a set to Squat" }).click();
  // Full says full (a blocked store says blocked: storage::tests).
  await page.getByText(/Your last change could not be saved: this device's storage for Liftsheet is full .* Your earlier data is intact; free some space/).waitFor();
  const after = await stored(page);
  assert.ok(after === before || JSON.parse(after).in_progress, "the stored document is still readable");
  assert.doesNotThrow(() => JSON.parse(after));
  await shot(page, "backup-quota-light");
  assert.deepEqual(errors, []);
  await context.close();
});

// Hevy, FitNotes and StrongLifts exports (the domain's fixtures) go through the same screen:
// detected by header, previewed, imported, then a second import adds nothing.
for (const [file, app] of [
  ["hevy_kg.csv", "Hevy"],
  ["hevy_lbs.csv", "Hevy"],
  ["fitnotes.csv", "FitNotes"],
  ["stronglifts_kg.csv", "StrongLifts"],
  ["stronglifts_lb.csv", "StrongLifts"],
  // 12-hour start times ("10:56 PM"), once refused whole.
  ["stronglifts_lb_12h.csv", "StrongLifts"],
]) {
  test(`imports a ${app} export (${file}) and skips it the second time`, async () => {
    const { page, errors, context } = await env.phone();
    await open(page, env.origin, "#/settings");
    const fixture = join(ROOT, "crates", "domain", "tests", "fixtures", "import", file);
    await csvInput(page).setInputFiles(fixture);
    const preview = page.getByRole("region", { name: "Import preview" });
    await preview.waitFor();
    const found = (await preview.textContent()).match(new RegExp(`${app} export: (\\d+) new sessions? to add`));
    assert.ok(found, `preview names ${app}: ${await preview.textContent()}`);
    const sessions = Number(found[1]);
    assert.ok(sessions >= 1);
    await preview.getByRole("button", { name: /^Import \d+ sessions?$/ }).click();
    await page.getByText(new RegExp(`^Imported ${sessions} sessions? \\(\\d+ sets?\\) from ${app}\\.$`)).waitFor();
    const doc = JSON.parse(await stored(page));
    assert.equal(doc.log.length, sessions);
    await csvInput(page).setInputFiles(fixture);
    await page.getByText("Everything in this file is already in your log: nothing to add.").waitFor();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History" }).click();
    await page.getByRole("article").first().waitFor();
    assert.equal(await page.getByRole("article").count(), sessions);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

// Rows that aren't sets of weight and reps are neither imported nor bad rows:
// the preview counts them, one line per kind, in words a lifter knows.
test("the import preview counts cardio, carries and planks by kind, apart from bad rows", async () => {
  const { page, errors, context } = await env.phone();
  await open(page, env.origin, "#/settings");
  const fixture = join(ROOT, "crates", "domain", "tests", "fixtures", "import", "fitnotes_lbs_cardio.csv");
  await csvInput(page).setInputFiles(fixture);
  const preview = page.getByRole("region", { name: "Import preview" });
  await preview.waitFor();
  const text = await preview.textContent();
  assert.match(text, /FitNotes export: 2 new sessions to add \(9 sets\)/);
  assert.match(text, /8 cardio rows skipped \(distance and time, not weight and reps\)\./);
  assert.match(text, /1 distance row skipped \(carries, sled work: a distance, not reps\)\./);
  assert.match(text, /1 timed row skipped \(planks, holds: a time, not reps\)\./);
  assert.match(text, /1 row can't be imported and will be left out:/);
  assert.match(text, /Row 20: no weight and no reps/);
  await shot(page, "import-preview-skipped-light");
  assert.deepEqual(errors, []);
  await context.close();
});

/** Removes what fillStorage added. */
async function freeStorage(page) {
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith("junk")) localStorage.removeItem(key);
  });
}

test("at quota, finishing a session says it was not saved, offers an export, and saves once space is freed", async () => {
  const { page, errors, context } = await env.phone();
  await open(page, env.origin, "#/log");
  await page.getByRole("button", { name: "Start an empty session" }).click();
  await page.getByLabel("Exercise", { exact: true }).selectOption("squat");
  await page.getByRole("button", { name: "Add exercise" }).click();
  await page.getByRole("button", { name: "Add a set to Squat" }).click();
  await page.getByLabel("Squat set 1 Weight (kg)").fill("100");
  await page.getByLabel("Squat set 1 Reps").fill("5");
  await page.waitForTimeout(200);
  await fillStorage(page);
  // The document grows past what is stored (a same-size rewrite would fit).
  for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Add a set to Squat" }).click();
  for (const n of [1, 2, 3, 4]) await page.getByRole("checkbox", { name: `Squat set ${n} done` }).check();
  await page.getByRole("button", { name: "Finish session" }).click();
  await page.getByRole("heading", { name: "Session not saved" }).waitFor();
  assert.equal(await page.getByRole("heading", { name: "Session saved" }).count(), 0);
  const card = page.locator("section.card", { has: page.getByRole("heading", { name: "Session not saved" }) });
  assert.doesNotMatch(await card.textContent(), /PR/);
  assert.match(await card.textContent(), /only in this tab/);
  await shot(page, "quota-finish-light");
  // The export has the unsaved session (the document in memory).
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    card.getByRole("button", { name: "Export backup (JSON)" }).click(),
  ]);
  const backup = JSON.parse(readFileSync(await download.path(), "utf8"));
  assert.equal(backup.log.length, 1);
  assert.equal(JSON.parse(await stored(page)).log?.length ?? 0, 0, "storage still has the old document");
  // Space freed: Try again writes it, and only then is it "saved".
  await freeStorage(page);
  await card.getByRole("button", { name: "Try again" }).click();
  await page.getByRole("heading", { name: "Session saved" }).waitFor();
  assert.equal(JSON.parse(await stored(page)).log.length, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("at quota, an import is refused up front with the figure; once space is freed it imports and saves", async () => {
  const { page, errors, context } = await env.phone();
  await open(page, env.origin, "#/settings");
  await fillStorage(page);
  await csvInput(page).setInputFiles(join(FIXTURES, "strong.csv"));
  const preview = page.getByRole("region", { name: "Import preview" });
  await preview.getByRole("alert").getByText(/^This import needs about 0\.\d MB of storage; this browser has room for about 0\.0 MB/).waitFor();
  assert.equal(await preview.getByRole("button", { name: "Import 5 sessions" }).count(), 0);
  assert.equal(await stored(page), null);
  await freeStorage(page);
  await preview.getByRole("button", { name: "Cancel" }).click();
  await csvInput(page).setInputFiles(join(FIXTURES, "strong.csv"));
  await page.getByRole("button", { name: "Import 5 sessions" }).click();
  await page.getByText("Imported 5 sessions (9 sets) from Strong.").waitFor();
  assert.equal(JSON.parse(await stored(page)).log.length, 5);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the history CSV neutralises formulas, and importing it again restores the text", async () => {
  const hostile = '=HYPERLINK(""http://evil.example"",""x"")';
  const strong =
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n" +
    `2024-05-06 07:30:00,+Push,1h,"${hostile}",1,100,5,0,0,@SUM(1+1),-ok,\n`;
  const { page, errors, context } = await env.phone();
  await open(page, env.origin, "#/settings");
  await csvInput(page).setInputFiles({ name: "strong.csv", mimeType: "text/csv", buffer: Buffer.from(strong) });
  await page.getByRole("button", { name: "Import 1 session" }).click();
  await page.getByText("Imported 1 session (1 set) from Strong.").waitFor();
  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export history (CSV)" }).click(),
  ]);
  const exported = readFileSync(await csv.path(), "utf8");
  const row = exported.split("\r\n")[1];
  assert.ok(row.includes(`"'=HYPERLINK(""http://evil.example"",""x"")"`), row);
  assert.ok(row.includes(",'+Push,"), row);
  assert.ok(row.includes(",'@SUM(1+1),"), row);
  assert.ok(row.endsWith(",'-ok"), row);
  for (const cell of row.split(",")) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, cell);
  await context.close();

  // A fresh browser imports the export back with the original text.
  const fresh = await env.phone();
  await open(fresh.page, env.origin, "#/settings");
  await csvInput(fresh.page).setInputFiles({ name: "history.csv", mimeType: "text/csv", buffer: Buffer.from(exported) });
  const preview = fresh.page.getByRole("region", { name: "Import preview" });
  await preview.waitFor();
  assert.match(await preview.textContent(), /Liftsheet export: 1 new session to add \(1 set\)/);
  await preview.getByRole("button", { name: "Import 1 session" }).click();
  await fresh.page.getByText("Imported 1 session (1 set) from Liftsheet.").waitFor();
  const doc = JSON.parse(await stored(fresh.page));
  assert.equal(JSON.stringify(doc).includes('=HYPERLINK(\\"http://evil.example\\",\\"x\\")'), true);
  await open(fresh.page, env.origin, "#/history");
  await fresh.page.getByRole("article").getByRole("heading", { name: '=HYPERLINK("http://evil.example","x")' }).waitFor();
  assert.deepEqual([...errors, ...fresh.errors], []);
  await fresh.context.close();
});
