// A lifter's whole path, as he would walk it on his phone, in lb:
// - a tested 335 lb deadlift saved from the calculator (and its 300 lb TM);
// - "5s, then 3s, then singles" for the deadlift alone, once a week, with two
//   fixed-weight accessories, started at the top set it suggests from the 1RM;
// - three weeks logged, the third with a missed rep;
// - the proposal survives closing the panel and a reload, is shown on the
//   Program tab too, and once applied the next session is triples, heavier;
// - the 5/3/1 training max is untouched by the block;
// - History has no empty session and no PR for the miss.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, shot } from "./harness.mjs";
import { buildDeadliftBlock, logWeek, nav, proposals, tab } from "./story-steps.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});


for (const colorScheme of ["light", "dark"]) {
  test(`a lifter runs his own deadlift block from his 1RM (${colorScheme})`, async () => {
    const { page, errors, context } = await env.phone({ colorScheme });
    const s = (name) => shot(page, `story-${name}-${colorScheme}`);

    // Pounds.
    await open(page, env.origin, "#/settings");
    await page.getByLabel("Unit", { exact: true }).selectOption("lb");

    // The calculator: a single at 335 is a tested 1RM; 90 % of it is the TM.
    await tab(page, "Calculate");
    await page.getByLabel("Weight lifted").fill("335");
    await page.getByLabel("Reps", { exact: true }).fill("1");
    await page.getByLabel("Lift", { exact: true }).selectOption("deadlift");
    await page.getByRole("button", { name: "Save 335 lb as deadlift tested 1RM" }).click();
    await page.getByText("Saved 335 lb as your deadlift tested 1RM").waitFor();
    await page.getByRole("button", { name: "Save 300 lb as deadlift training max" }).click();
    await page.getByText("Saved 300 lb as your deadlift training max").waitFor();
    const saved = page.locator(".saved-maxes").getByRole("row", { name: /Deadlift/ });
    assert.match(await saved.textContent(), /300 lb.*335 lb/);
    await s("calculator");

    // The Program tab: the block, for the deadlift alone, once a week.
    await tab(page, "Program");
    await page.getByLabel("Program", { exact: true }).selectOption({ label: "5s, then 3s, then singles" });
    await buildDeadliftBlock(page, s);
    // It asks for the deadlift only, and suggests a first top set from the
    // 1RM: 80 % of 335 = 268, down to 265.
    const start = page.getByLabel("Deadlift working weight (lb)", { exact: true });
    assert.equal(await start.inputValue(), "265");
    await page.getByText(/Suggested: 80% of your 335 lb 1RM/).waitFor();
    assert.equal(await page.getByLabel(/working weight \(lb\)|training max \(lb\)/).count(), 1);
    await s("program-before-start");
    await page.getByRole("button", { name: "Start this program" }).click();
    await page.getByText("Running: next session Week 1 · Day 1.").waitFor();

    // Weeks 1 and 2: every rep made; each proposal applied.
    for (const [week, next] of [[1, "275 lb"], [2, "285 lb"]]) {
      await logWeek(page, 5);
      const card = proposals(page);
      await card.waitFor();
      assert.match(await card.textContent(), new RegExp(`Deadlift: .* → ${next}`), `week ${week}`);
      await card.getByRole("button", { name: "Apply" }).click();
      await card.waitFor({ state: "detached" });
    }

    // Week 3: 285 × 4, a miss. On to triples, the weight still climbing.
    await logWeek(page, 4);
    const card = proposals(page);
    await card.waitFor();
    assert.match(await card.textContent(), /Deadlift: 285 lb, 5s → 295 lb, 3s/);
    await s("log-proposal");
    // Closing the panel and reloading drop nothing.
    await page.getByRole("button", { name: "Close" }).click();
    await page.reload();
    await nav(page).waitFor();
    await card.waitFor();
    // The next session can't start over it, and says why.
    assert.equal(await page.getByRole("button", { name: "Start today's session" }).isDisabled(), true);
    await page.getByText("Apply or dismiss the proposed changes above first").waitFor();
    // The Program tab shows it too; apply it there.
    await tab(page, "Program");
    await proposals(page).waitFor();
    await s("program-proposal");
    await proposals(page).getByRole("button", { name: "Apply" }).click();
    await proposals(page).waitFor({ state: "detached" });
    await page.getByText("Running: next session Week 4 · Day 1.").waitFor();
    // The Program tab plans week 4 as triples at 295: one week a cycle, so no fold.
    assert.equal(await page.getByRole("button", { name: "Week 4", exact: true }).getAttribute("aria-pressed"), "true");
    const planned = page.getByRole("region", { name: "Week", exact: true }).getByRole("table", { name: "Deadlift 3s", exact: true });
    assert.match(await planned.locator("tbody tr.planned-set").first().textContent(), /295 lb × 3/);
    assert.equal(await page.locator(".plan-week-toggle").count(), 0);

    // Week 4 is triples at 295.
    await tab(page, "Log");
    const today = page.getByRole("region", { name: "Today" });
    await today.getByText(/Week 4 · Day 1/).waitFor();
    assert.match(await today.textContent(), /Deadlift · \d+ sets?, top 295 lb/);
    await page.getByRole("button", { name: "Start today's session" }).click();
    assert.equal(await page.getByLabel("Deadlift set 1 Reps").inputValue(), "3");
    assert.equal(await page.getByLabel("Deadlift set 1 Weight (lb)").inputValue(), "295");
    await s("log-week-4");
    await page.getByRole("button", { name: "Discard session" }).click();
    await page.getByRole("button", { name: "Yes, discard this session" }).click();

    // 5/3/1 still runs on the 300 lb training max: 195/225/255 in week 1.
    await tab(page, "Program");
    await page.getByLabel("Program", { exact: true }).selectOption({ label: "5/3/1 Boring But Big" });
    assert.equal(await page.getByLabel("Deadlift training max (lb)", { exact: true }).inputValue(), "300");
    // Its other lifts need their own training maxes to plan a week.
    for (const [lift, tm] of [["Squat", 250], ["Bench press", 200], ["Press", 120]]) {
      await page.getByLabel(`${lift} training max (lb)`, { exact: true }).fill(String(tm));
    }
    const week1 = page.getByRole("region", { name: "Week 1 (5s)" });
    const deadlift = week1.getByRole("table", { name: "Deadlift", exact: true });
    await deadlift.locator("tbody tr.planned-set").first().waitFor();
    const top3 = await deadlift.locator("tbody tr.planned-set").allTextContents();
    assert.match(top3.slice(0, 3).join(" | "), /195 lb.*225 lb.*255 lb/);

    // History: the three sessions, none empty, and no PR on the miss.
    await tab(page, "History");
    await page.getByRole("heading", { name: "Records" }).waitFor();
    assert.equal(await page.getByRole("article").count(), 3);
    assert.doesNotMatch(await page.locator("main").textContent(), /0 of 0 sets/);
    const missed = page.getByRole("article").filter({ hasText: "285 lb × 4" });
    assert.equal(await missed.count(), 1);
    assert.equal(await missed.locator(".pr").count(), 0, "a missed set is no PR");
    await missed.getByText("missed: 5 planned").waitFor();
    await s("history");

    assert.deepEqual(errors, []);
    await context.close();
  });
}
