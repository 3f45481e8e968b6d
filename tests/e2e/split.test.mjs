// The full app is one binary split into parts (scripts/split-build.sh): a
// screen's chunk is fetched the first time it opens, from this build's folder
// only; a chunk that can't be fetched shows a message with "Try again" in
// place of the screen while the rest of the app keeps working.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open } from "./harness.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

const wasmFetched = (page, origin) => {
  const names = [];
  page.on("request", (request) => {
    const url = request.url();
    if (url.startsWith(origin) && url.endsWith(".wasm")) names.push(url.slice(origin.length + 1));
  });
  return names;
};

test("each screen's chunk comes from this build's folder when the screen first opens", async () => {
  const { page, errors, context } = await env.phone();
  const fetched = wasmFetched(page, env.origin);
  await open(page, env.origin, "#/history");
  // History is drawn once the document's chunk and its own are here.
  await page.getByRole("heading", { name: "No sessions yet" }).waitFor();
  const folder = fetched.find((n) => n.endsWith("/app_bg.wasm")).split("/")[0];
  assert.match(folder, /^liftsheet-[0-9a-f]{16}$/);
  assert.ok(fetched.includes(`${folder}/split_history.wasm`), fetched.join(", "));
  assert.ok(!fetched.some((n) => n.endsWith("split_plan.wasm")), "Program's chunk waits for Program");
  assert.ok(fetched.every((n) => n.startsWith(`${folder}/`)), fetched.join(", "));

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Program" }).click();
  await page.locator("[aria-busy=true]").waitFor({ state: "detached" });
  assert.ok(fetched.includes(`${folder}/split_plan.wasm`), fetched.join(", "));
  await page.goto(`${env.origin}/#/settings`);
  await page.getByLabel("Unit").waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("a chunk that can't be fetched: a message and Try again; the calculator still works", async () => {
  const { page, context } = await env.phone();
  let refuse = true;
  await page.route(/split_settings\.wasm$/, (route) => (refuse ? route.abort() : route.continue()));
  await open(page, env.origin, "#/settings");
  await page.getByRole("alert").getByText("Settings couldn't load").waitFor();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Calculate" }).click();
  await page.getByRole("group", { name: "Calculator sections" }).waitFor();

  await page.goto(`${env.origin}/#/settings`);
  await page.getByRole("button", { name: "Try again" }).waitFor();
  refuse = false;
  await page.getByRole("button", { name: "Try again" }).click();
  await page.getByLabel("Unit").waitFor();
  await context.close();
});
