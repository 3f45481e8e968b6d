// A linear program as it really runs, two weeks of it, on a phone: StrongLifts
// 5×5 (A/B alternating, three days a week, a cycle of two weeks) started at a
// 100 kg squat. Every session is started from the Log tab, every set checked
// off, finished, and its proposal applied. The squat climbs 2.5 kg a session
// (training-math.md §3.3, [S43][S44][S45]): 100, 102.5, ... 112.5, then 115,
// the cycle's last session counted once like every other, and its reason one
// step, not six.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, shot } from "./harness.mjs";
import { checkAllAndFinish, nav, proposals, tab } from "./story-steps.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

test("two weeks of StrongLifts 5×5: the squat adds 2.5 kg a session, once", async () => {
  const { page, errors, context } = await env.phone();
  await open(page, env.origin, "#/plan");
  await page.getByLabel("Program", { exact: true }).selectOption({ label: "StrongLifts 5×5" });
  const start = { Squat: 100, "Bench press": 60, "Barbell row": 50, "Overhead press": 40, Deadlift: 100 };
  for (const [lift, w] of Object.entries(start)) {
    await page.getByLabel(`${lift} working weight (kg)`, { exact: true }).fill(String(w));
  }
  await page.getByRole("button", { name: "Start this program" }).click();
  await page.getByText(/Running: .*next session Week 1 · Day 1/).waitFor();

  const squats = [];
  for (let session = 1; session <= 6; session++) {
    await tab(page, "Log");
    await page.getByRole("button", { name: "Start today's session" }).click();
    squats.push(await page.getByLabel("Squat set 1 Weight (kg)").inputValue());
    const n = await checkAllAndFinish(page);
    assert.ok(n >= 11, `session ${session}: warm-ups and 5×5, 5×5, 5×5 or 1×5: ${n}`);
    await page.getByRole("heading", { name: "Session saved" }).waitFor();
    const card = proposals(page);
    await card.waitFor();
    const squat = card.getByRole("listitem").filter({ hasText: /^Squat:/ });
    const from = Number(squats.at(-1));
    const to = from + 2.5;
    assert.match(await squat.locator(".proposal-line").textContent(), new RegExp(`Squat: ${from} kg → ${to} kg`));
    // One step for one session: never a list of repeated steps.
    assert.equal(
      (await squat.locator("p.muted").textContent()).trim(),
      `All reps done: +2.5 kg (${to} kg).`,
      `session ${session}`,
    );
    if (session === 6) await shot(page, "linear-story-cycle-end");
    await card.getByRole("button", { name: "Apply" }).click();
    await card.waitFor({ state: "detached" });
  }
  assert.deepEqual(squats, ["100", "102.5", "105", "107.5", "110", "112.5"]);

  // The next cycle opens at 115 kg, after a reload too.
  await page.reload();
  await nav(page).waitFor();
  await tab(page, "Log");
  const today = page.getByRole("region", { name: "Today" });
  await today.getByText(/Week 1 · Day 1/).waitFor();
  assert.match(await today.textContent(), /Squat · \d+ sets?, top 115 kg/);
  await page.getByRole("button", { name: "Start today's session" }).click();
  assert.equal(await page.getByLabel("Squat set 1 Weight (kg)").inputValue(), "115");
  await shot(page, "linear-story-next-cycle");

  assert.deepEqual(errors, []);
  await context.close();
});
