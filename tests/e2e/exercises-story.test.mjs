// Exercises beyond the big four, as a lifter walks them on his phone (kg):
// - his block pulls are done on a 25 kg trap bar: he says so in Settings;
// - his own deadlift block gets two accessories from the library: block
//   pulls 3 × 5 at 100 kg and weighted chin-ups (+10 kg);
// - the Program tab plans the block pulls on the trap bar (plates per side);
// - he logs his bodyweight, then two weeks a week apart (the second with
//   heavier block pulls, and a hold he times), applying what is proposed;
// - History shows the block pulls' e1RM chart with its table, the chin-ups
//   as bodyweight plus 10 kg, the bodyweight, and the plank's record.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, shot } from "./harness.mjs";
import { checkAllAndFinish, copyAsDeadliftAlone, proposals, tab } from "./story-steps.mjs";

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});


/** Picks `pick` (a result's accessible name) after typing `query` in the
 * accessory form's search, then fills and adds it. */
async function addAccessory(form, editor, { query, pick, weightLabel, weight, sets, reps }) {
  await form.getByLabel("Search exercises").fill(query);
  await form.getByRole("button", { name: pick, exact: true }).click();
  await form.getByLabel(weightLabel).fill(weight);
  await form.getByLabel("Sets", { exact: true }).fill(sets);
  await form.getByLabel("Reps", { exact: true }).fill(reps);
  await form.getByRole("button", { name: "Add accessory" }).click();
  await editor.getByRole("article", { name: new RegExp(`^${pick.split(",")[0]}`) }).waitFor();
}

/** Logs the running program's next day with every set checked off; the block
 * pulls at `blockPull` kg. Returns once "Session saved" shows. */
async function logDay(page, blockPull) {
  await tab(page, "Log");
  await page.getByRole("button", { name: "Start today's session" }).click();
  // Planned on the trap bar: 100 kg is 25 + 10 + 2.5 a side on 25 kg.
  const card = page.getByRole("region", { name: "Block pull", exact: true });
  const more = card.getByRole("button", { name: "More for Block pull set 1" });
  await more.click();
  await card.getByText(/^Per side: 25\/10\/2\.5$/).waitFor();
  await more.click();
  for (let set = 1; set <= 3; set++) {
    await page.getByLabel(`Block pull set ${set} Weight (kg)`).fill(String(blockPull));
  }
  await checkAllAndFinish(page);
  await page.getByRole("heading", { name: "Session saved" }).waitFor();
}

for (const colorScheme of ["light", "dark"]) {
  test(`block pulls on a trap bar, weighted chin-ups and bodyweight, from Settings to History (${colorScheme})`, async () => {
    const { page, errors, context } = await env.phone({ colorScheme });
    const s = (name) => shot(page, `exercises-${name}-${colorScheme}`);
    await page.clock.setFixedTime(new Date("2026-11-18T17:00:00"));

    // Settings: block pulls on a 25 kg trap bar.
    await open(page, env.origin, "#/settings");
    const equipment = page.locator(".card", { has: page.getByRole("heading", { name: "Equipment per exercise" }) });
    await equipment.getByLabel("Exercise", { exact: true }).selectOption("block-pull");
    await equipment.getByLabel("Block pull is done with").selectOption({ label: "Trap bar" });
    await equipment.getByLabel("Bar weight").fill("25");
    await equipment.getByRole("button", { name: "Save equipment" }).click();
    await equipment.getByText("Block pull: a 25 kg trap bar.").waitFor();

    // The Program tab: his deadlift block, with two accessories from the library.
    await tab(page, "Program");
    await page.getByLabel("Program", { exact: true }).selectOption({ label: "5s, then 3s, then singles" });
    const editor = await copyAsDeadliftAlone(page, "Pull block");
    const form = editor.getByRole("group", { name: "Add an accessory" });
    // Searching by the start of a word finds it.
    await form.getByLabel("Search exercises").fill("block");
    await form.getByRole("button", { name: "Block pull, barbell", exact: true }).waitFor();
    await s("picker");
    await addAccessory(form, editor, {
      query: "block", pick: "Block pull, barbell", weightLabel: "Weight (kg)", weight: "100", sets: "3", reps: "5",
    });
    await form.getByLabel("Search exercises").fill("chin");
    await form.getByRole("button", { name: /^Chin-up, / }).click();
    assert.equal(await form.getByLabel("Loaded with").locator("option:checked").textContent(), "Bodyweight + weight");
    await form.getByLabel("Added weight (kg)").fill("10");
    await form.getByLabel("Sets", { exact: true }).fill("3");
    await form.getByLabel("Reps", { exact: true }).fill("5");
    await form.getByRole("button", { name: "Add accessory" }).click();
    await editor.getByRole("article", { name: /^Chin-up/ }).waitFor();
    await page.getByRole("button", { name: "Save program" }).click();
    assert.match(await page.getByLabel("Program", { exact: true }).locator("option:checked").textContent(), /Pull block/);

    // Its plan: block pulls on the trap bar, plates per side drawn.
    await page.getByLabel("Deadlift working weight (kg)", { exact: true }).fill("160");
    const blockPull = page.locator(".plan-exercise").filter({ hasText: "Block pull on a 25 kg trap bar" }).first();
    await blockPull.getByText("Block pull on a 25 kg trap bar").waitFor();
    await blockPull.getByText("Trap bar 25 kg").waitFor();
    const work = blockPull.getByRole("table").locator("tbody tr.planned-set").first();
    assert.match(await work.textContent(), /100 kg × 5/);
    assert.equal(await work.locator("td.plates-text").textContent(), "25 10 2.5 kg");
    await blockPull.evaluate((el) => el.scrollIntoView({ block: "center" }));
    await s("plan-trap-bar");
    // Nothing sticks out of the phone's width.
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll("main *")]
        .filter((e) => e.getBoundingClientRect().right > 390.5)
        .map((e) => `${e.tagName}.${e.className}: ${(e.textContent || "").slice(0, 30)}`),
    );
    assert.deepEqual(wide, []);
    await page.getByRole("button", { name: "Start this program" }).click();
    await page.getByText("Running: next session Week 1 · Day 1.").waitFor();

    // His bodyweight, on History.
    await tab(page, "History");
    const bodyweight = page.getByRole("region", { name: "Bodyweight" });
    await bodyweight.getByLabel("Bodyweight (kg)").fill("80");
    await bodyweight.getByRole("button", { name: "Log bodyweight" }).click();
    await bodyweight.getByRole("list", { name: "Recent bodyweight" }).getByText("2026-11-18: 80 kg").waitFor();

    // Week 1, then what it proposes applied; week 2 a week later, heavier pulls.
    await logDay(page, 100);
    await proposals(page).getByRole("button", { name: "Apply" }).click();
    await proposals(page).waitFor({ state: "detached" });
    await page.clock.setFixedTime(new Date("2026-11-25T17:00:00"));
    await logDay(page, 110);

    // A plank, timed on the phone: started, then stopped when it gets hard.
    await page.getByRole("button", { name: "Start an empty session" }).click();
    const add = page.getByRole("form", { name: "Add an exercise" });
    await add.getByLabel("Exercise", { exact: true }).selectOption({ label: "Other exercise…" });
    await add.getByLabel("Search exercises").fill("plank");
    await add.getByRole("button", { name: "Plank, timed hold", exact: true }).click();
    const plank = page.getByRole("region", { name: "Plank", exact: true });
    if ((await plank.getByRole("checkbox").count()) === 0) {
      await plank.getByRole("button", { name: "Add a set to Plank" }).click();
    }
    await page.getByLabel("Plank set 1 Seconds").fill("60");
    await page.getByRole("button", { name: "Start Plank set 1 hold, 60 seconds" }).click();
    await page.getByRole("timer").waitFor();
    await page.clock.setFixedTime(new Date("2026-11-25T17:00:42"));
    await page.getByRole("button", { name: /^Stop: held 0:4\d$/ }).click();
    assert.match(await page.getByLabel("Plank set 1 Seconds").inputValue(), /^4\d$/);
    assert.equal(await page.getByRole("checkbox", { name: "Plank set 1 done" }).isChecked(), true);
    await page.getByRole("button", { name: "Finish session" }).click();
    await page.getByRole("heading", { name: "Session saved" }).waitFor();

    // Reloaded, History reads it all back.
    await page.reload();
    await tab(page, "History");
    await page.getByRole("heading", { name: "Records" }).waitFor();
    await page.getByLabel("Exercise", { exact: true }).selectOption({ label: "Block pull" });
    // Wendler's e1RM: 100 × 5 → 116.7 kg, 110 × 5 → 128.3 kg (rounded to the tenth).
    const chart = page.getByRole("img", { name: /^Block pull estimated 1RM over time: .* on 2026-11-18, .* on 2026-11-25/ });
    await chart.waitFor();
    await page.getByText("Block pull estimated 1RM table").click();
    const table = page.getByRole("table", { name: "Block pull estimated 1RM by date" });
    // Drawn once opened.
    await table.locator("tbody tr").first().waitFor();
    assert.deepEqual(await table.locator("tbody tr td:first-child").allTextContents(), ["2026-11-25", "2026-11-18"]);
    await chart.evaluate((el) => el.scrollIntoView({ block: "center" }));
    await s("history-block-pull");

    // The chin-ups: bodyweight plus 10 kg, their load the 80 kg he weighs plus 10.
    await page.getByLabel("Exercise", { exact: true }).selectOption({ label: "Chin-up" });
    const best = page.getByRole("table", { name: "Chin-up best set per rep count" });
    await best.getByRole("row", { name: /^5 BW \+ 10 kg/ }).waitFor();

    // The plank's record, and the bodyweight chart's single value.
    const holds = page.getByRole("region", { name: "Holds" });
    await holds.getByRole("row", { name: /^Plank 0:4\d/ }).waitFor();
    await bodyweight.locator(".single-value").getByText("80 kg").waitFor();
    await page.getByRole("article").filter({ hasText: "Plank" }).getByText(/^4\d s$/).waitFor();
    await s("history-holds");

    assert.deepEqual(errors, []);
    await context.close();
  });
}
