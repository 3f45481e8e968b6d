// "Delete all my data" (issue 28, item 6): on Settings, after a second
// confirmation that offers a backup first, every localStorage and
// sessionStorage key, IndexedDB database (the picked backup file's handle)
// and every Cache Storage cache the app wrote is gone,
// and the app starts again empty. What other apps on the origin keep stays.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launch, open, shot, ROOT } from "./harness.mjs";
import { csvInput } from "./story-steps.mjs";

const FIXTURES = join(ROOT, "tests", "e2e", "fixtures");

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

/** Every key of both storages and every cache with its request URLs. */
function everything(page) {
  return page.evaluate(async () => {
    const keys = (s) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => [s.key(i), s.getItem(s.key(i))]));
    const caches_ = {};
    for (const name of await caches.keys()) {
      caches_[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
    }
    const databases = (await indexedDB.databases()).map((d) => d.name).sort();
    return { local: keys(localStorage), session: keys(sessionStorage), caches: caches_, databases };
  });
}

test("delete all my data: asks twice, offers a backup, then clears every key and cache the app wrote", async () => {
  const { page, errors, context } = await env.phone({ serviceWorkers: "allow" });
  await open(page, env.origin, "#/settings");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // Real data: an import (the document and its token), a calculator max
  // waiting in the outbox, a field draft, the screen copies; and what
  // another app on this origin keeps, which must stay.
  await csvInput(page).setInputFiles(join(FIXTURES, "strong.csv"));
  await page.getByRole("button", { name: "Import 5 sessions" }).click();
  await page.getByText("Imported 5 sessions (9 sets) from Strong.").waitFor();
  await page.evaluate(async () => {
    localStorage.setItem("liftsheet.outbox", "liftsheet-outbox 2\nmax squat tm 150000 kg\n");
    sessionStorage.setItem("liftsheet.draft.tm-weight", "150");
    localStorage.setItem("other-app", "theirs");
    sessionStorage.setItem("other-app", "theirs");
    const mine = await caches.open("liftsheet-an-older-build");
    await mine.put("/left-over", new Response("old"));
    for (const name of await caches.keys()) {
      if (name.startsWith("liftsheet-")) await (await caches.open(name)).put("/left-over", new Response("old"));
    }
    await (await caches.open("other-app")).put("/theirs", new Response("theirs"));
    // The database keeping the backup file he picked, and another app's.
    for (const name of ["liftsheet-files", "other-app"]) {
      await new Promise((resolve, reject) => {
        const r = indexedDB.open(name, 1);
        r.onupgradeneeded = () => r.result.createObjectStore("handles");
        r.onsuccess = () => resolve(r.result.close());
        r.onerror = () => reject(r.error);
      });
    }
  });
  const before = await everything(page);
  assert.match(before.local.liftsheet, /Squat Day/);
  assert.ok(before.local["liftsheet.token"]);
  assert.ok(Object.keys(before.caches).some((name) => /^liftsheet-[0-9a-f]+$/.test(name)), Object.keys(before.caches).join());

  // First tap: only asks. Cancel keeps everything.
  const section = page.getByRole("region", { name: "Delete all my data" });
  await section.getByRole("button", { name: "Delete all my data" }).click();
  const ask = section.getByRole("alert");
  await ask.getByText("This deletes your log (5 sessions), maxes, programs and settings from this device. It can't be undone.").waitFor();
  await ask.getByRole("button", { name: "Cancel" }).click();
  assert.equal(await section.getByRole("alert").count(), 0);
  assert.deepEqual((await everything(page)).local.liftsheet, before.local.liftsheet);

  // Again: the backup offered first holds the whole log.
  await section.getByRole("button", { name: "Delete all my data" }).click();
  await shot(page, "delete-data-confirm-light");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    ask.getByRole("button", { name: "Export backup (JSON)" }).click(),
  ]);
  assert.equal(JSON.parse(readFileSync(await download.path(), "utf8")).log.length, 5);

  // Yes: everything goes, and the page starts again empty.
  await Promise.all([
    page.waitForEvent("load"),
    ask.getByRole("button", { name: "Yes, delete everything" }).click(),
  ]);
  await page.getByRole("navigation", { name: "Main" }).waitFor();
  await page.getByText("0 sessions in your log, stored on this device only.").waitFor();
  const after = await everything(page);
  // The fresh app may have started writing again (its service worker's new
  // cache, a copy of this empty screen): nothing of what was there is left.
  const leftOver = JSON.stringify(after);
  for (const gone of ["Squat Day", "Bench Day", "liftsheet.outbox", "liftsheet.draft.tm-weight", "liftsheet-an-older-build", "/left-over"]) {
    assert.ok(!leftOver.includes(gone), `${gone} is still stored: ${leftOver.slice(0, 400)}`);
  }
  assert.ok(after.local.liftsheet === undefined || !JSON.parse(after.local.liftsheet).log?.length);
  assert.equal(after.local["other-app"], "theirs");
  assert.equal(after.session["other-app"], "theirs");
  assert.deepEqual(after.caches["other-app"], ["/theirs"]);
  assert.deepEqual(before.databases, ["liftsheet-files", "other-app"]);
  assert.deepEqual(after.databases, ["other-app"]);
  assert.deepEqual(errors, []);
  await context.close();
});
