// History at any depth: with a 10-year log (2,080 sessions, made by
// ten-years.mjs, never a committed file) every session is reachable by
// "Show more", down to the oldest. Behaviour only: what each tap costs is a
// report (scripts/history-depth.mjs), not a timed assertion.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launch, open, SHOTS } from "./harness.mjs";
import { tab } from "./story-steps.mjs";
import { seedTenYears } from "./ten-years.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

for (const colorScheme of ["light", "dark"]) {
  test(`History pages through a 10-year log to the oldest session (${colorScheme})`, async () => {
    const { page, errors, context } = await env.phone({ colorScheme });
    await open(page, env.origin, "#/log");
    await seedTenYears(page);
    await page.reload();
    await tab(page, "History");
    await page.getByRole("heading", { name: "Sessions (2080)" }).waitFor();
    const sessions = page.getByRole("article", { name: /^\d{4}-\d\d-\d\d Week \d Day \d$/ });
    // Opening draws the newest sessions up to 60 sets: three of 19.
    assert.equal(await sessions.count(), 3);
    // The newest first: the last session of the ten years.
    assert.equal(await sessions.first().getAttribute("aria-label"), "2024-12-20 Week 1 Day 4");

    const more = page.getByRole("button", { name: /^Show more \(\d+ left\)$/ });
    assert.equal(await more.textContent(), "Show more (2077 left)");
    for (let shown = 3; shown < 2080; shown += 20) {
      // Scrolled to first, as a thumb does: the cards coming into view are
      // laid out only then (content-visibility) and move the button; the
      // click waits until it is still.
      await more.scrollIntoViewIfNeeded();
      await more.click();
      // Counted with a selector: a role query walks all 200,000 nodes of
      // 2,000 sessions on every poll.
      await page.waitForFunction((n) => document.querySelectorAll("article.session-card").length === n, Math.min(shown + 20, 2080));
      if (shown === 2043) assert.equal(await more.textContent(), "Show more (17 left)");
    }
    assert.equal(await more.count(), 0, "no more to show");
    assert.equal(await sessions.count(), 2080);
    const oldest = page.getByRole("article", { name: "2015-01-05 Week 1 Day 1" });
    assert.equal(await sessions.last().getAttribute("aria-label"), "2015-01-05 Week 1 Day 1");
    // Its sets as logged: 40 kg × 5 the first warm-up of a 100 kg training max.
    assert.match(await oldest.textContent(), /^Week 1 Day 1Mon 2015-01-05Edit\s*Squat40 kg × 5/);
    // Ten years back PRs are still flagged: the first AMRAP of a raised
    // training max (102.5 kg: 87.5 kg × 5) beats every earlier squat.
    const raised = page.getByRole("article", { name: "2015-02-02 Week 2 Day 1" });
    assert.match(await raised.textContent(), /87\.5 kg × 5AMRAPPR/);
    await oldest.scrollIntoViewIfNeeded();
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `history-depth-${colorScheme}.png`) });
    assert.deepEqual(errors, []);
    await context.close();
  });
}
