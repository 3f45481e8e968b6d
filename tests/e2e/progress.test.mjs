// Progress at a glance on History, like a lifter at 390x844: import a Strong
// log, choose the exercise, read its e1RM chart (labels and table), best set
// per rep count, weekly volume and the trend since a chosen date; log a
// bodyweight (a bad one is explained next to the field), see it listed,
// shown as a value, then charted once there are two, and remove one.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
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

async function importStrong(page) {
  await open(page, env.origin, "#/settings");
  await csvInput(page).setInputFiles(join(FIXTURES, "strong.csv"));
  const preview = page.getByRole("region", { name: "Import preview" });
  await preview.getByRole("button", { name: "Import 5 sessions" }).click();
  await page.getByText("Imported 5 sessions (9 sets) from Strong.").waitFor();
}

for (const colorScheme of ["light", "dark"]) {
  test(`an exercise's progress and the bodyweight log on History (${colorScheme})`, async () => {
    const { page, errors, context } = await env.phone({ colorScheme });
    await importStrong(page);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History" }).click();
    await page.getByRole("heading", { name: "Records" }).waitFor();

    // The chooser lists the log's exercises, the most recent first.
    const chooser = page.getByLabel("Exercise", { exact: true });
    const options = await chooser.locator("option").allTextContents();
    // Names as imported ("Squat (Barbell)") or as the library names them.
    assert.equal(options.length, 2);
    assert.match(options[0], /^Squat/);
    assert.match(options[1], /^Bench press/i);
    assert.equal(await chooser.inputValue(), "squat");
    const [squat, bench] = options.map((o) => o.replace(/[()]/g, "\\$&"));

    // Squat: 120 × 5 @8 on Apr 1 is 120 / 0.811 = 148 kg (RTS chart), then
    // Wendler's formula without an RPE: 125 × 5 = 145.8, 130 × 3 = 143.
    const chart = page.getByRole("img", { name: new RegExp(`^${squat} estimated 1RM over time: 148 kg on 2024-04-01, 143 kg on 2024-04-15; best 148 kg`) });
    await chart.waitFor();
    const labels = await chart.locator("text").allTextContents();
    for (const label of ["Apr 1", "Apr 15", "kg", "Best 148"]) assert.ok(labels.includes(label), `${label} in ${labels}`);
    await page.getByText(`${options[0]} estimated 1RM table`).click();
    const e1rmTable = page.getByRole("table", { name: `${options[0]} estimated 1RM by date` });
    // Drawn once opened.
    await e1rmTable.locator("tbody tr").first().waitFor();
    assert.deepEqual(await e1rmTable.locator("tbody tr").allTextContents(), ["2024-04-15143", "2024-04-08145.8", "2024-04-01148"]);
    const best = page.getByRole("table", { name: `${options[0]} best set per rep count` });
    await best.getByRole("row", { name: "3 130 kg 2024-04-15" }).waitFor();
    await best.getByRole("row", { name: "5 125 kg 2024-04-08" }).waitFor();

    // Weekly volume: 2 × 125 × 5 in the week of Apr 8; the last week 130 × 3.
    await page.getByText("Week of Apr 15: 1 set, 1 hard; volume 390 kg.").waitFor();
    await page.getByRole("img", { name: new RegExp(`^${squat} weekly volume over time: 1200 kg on 2024-04-01, 390 kg on 2024-04-15\\.$`) }).waitFor();
    await page.getByText(`${options[0]} weekly volume table`).click();
    const volume = page.getByRole("table", { name: `${options[0]} volume and hard sets per week` });
    await volume.getByRole("row", { name: "2024-04-08 1250 2 2" }).waitFor();

    // Trend since a date: 148 -> 143 kg.
    const since = page.getByLabel("Trend since");
    await since.fill("2024-03-01");
    await page.getByText(/^−5 kg \(−3\.4 %\) since Mar 1 \(148 kg on 2024-04-01 to 143 kg on 2024-04-15\)\.$/).waitFor();
    await since.fill("2024-04-09");
    await page.getByText("One estimate since Apr 9: 143 kg on 2024-04-15.").waitFor();

    // Another exercise.
    await chooser.selectOption("bench");
    await page.getByRole("region", { name: "Records" }).getByRole("heading", { name: options[1], exact: true }).waitFor();
    await page.getByRole("img", { name: new RegExp(`^${bench} estimated 1RM over time:`) }).waitFor();

    // Bodyweight: a slip is explained next to the field and nothing is logged.
    const card = page.getByRole("region", { name: "Bodyweight" });
    const weight = card.getByLabel("Bodyweight (kg)");
    await weight.fill("8o");
    await card.getByRole("button", { name: "Log bodyweight" }).click();
    await card.getByText("That is not a number.").waitFor();
    assert.equal(await weight.getAttribute("aria-invalid"), "true");
    await weight.fill("0");
    await card.getByText("Enter your bodyweight (more than zero).").waitFor();
    await weight.fill("80.5");
    await card.getByRole("button", { name: "Log bodyweight" }).click();
    const list = card.getByRole("list", { name: "Recent bodyweight" });
    const today = await card.getByLabel("Date").inputValue();
    await list.getByText(`${today}: 80.5 kg`).waitFor();
    // One reading is a value, not a chart.
    await card.locator(".single-value").getByText("80.5 kg").waitFor();
    assert.equal(await card.getByRole("img").count(), 0);
    // A second, earlier reading: now a chart.
    await card.getByLabel("Date").fill("2024-04-01");
    await weight.fill("82");
    await card.getByRole("button", { name: "Log bodyweight" }).click();
    await list.getByText("2024-04-01: 82 kg").waitFor();
    const bw = card.getByRole("img", { name: new RegExp(`^Bodyweight over time: 82 kg on 2024-04-01, 80\\.5 kg on ${today}\\.$`) });
    await bw.waitFor();
    assert.ok((await bw.locator("text").allTextContents()).includes("80.5"));
    // Logging the same date again replaces its reading, and says so first.
    await weight.fill("81.5");
    await card.getByText("Replaces the 82 kg logged that day: one reading a day.").waitFor();
    await card.getByRole("button", { name: "Log bodyweight" }).click();
    await list.getByText("2024-04-01: 81.5 kg").waitFor();
    assert.equal(await list.getByRole("listitem").count(), 2);
    await shot(page, `progress-${colorScheme}`);

    // Kept through a reload; removing one leaves the other.
    await page.reload();
    await list.getByText("2024-04-01: 81.5 kg").waitFor();
    await list.getByRole("button", { name: "Remove bodyweight of 2024-04-01" }).click();
    await list.getByText("2024-04-01: 81.5 kg").waitFor({ state: "detached" });
    assert.equal(await list.getByRole("listitem").count(), 1);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
