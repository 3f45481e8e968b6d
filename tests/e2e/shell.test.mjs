// The app shell: renders on a phone, no console errors, no request leaves the
// origin, the bottom navigation routes by hash, and unknown pages say so.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, shot } from "./harness.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

test("renders the shell with no console errors and no foreign requests", async () => {
  const { page, errors, foreign, context } = await env.phone();
  await open(page, env.origin);
  await assert.doesNotReject(page.getByRole("link", { name: "Settings" }).waitFor());
  for (const tab of ["Calculate", "Program", "Log", "History"]) {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: tab }).click();
    await page.waitForFunction((t) => document.querySelector('[aria-current="page"]')?.textContent.includes(t), tab);
    assert.match(await page.url(), /#\//);
  }
  await shot(page, "shell-light");
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

test("dark mode follows the system setting", async () => {
  const { page, errors, context } = await env.phone({ colorScheme: "dark" });
  await open(page, env.origin);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, "rgb(11, 18, 32)");
  await shot(page, "shell-dark");
  assert.deepEqual(errors, []);
  await context.close();
});

test("an unknown page says so and links home", async () => {
  const { page, context } = await env.phone();
  await open(page, env.origin, "#/no-such-page");
  await page.getByRole("heading", { name: "No such page" }).waitFor();
  await page.getByRole("link", { name: "Go to the calculator" }).click();
  await page.waitForURL(/#\/calc$/);
  await context.close();
});
