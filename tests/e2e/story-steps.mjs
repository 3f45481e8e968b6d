// Steps that more than one story takes, as a lifter takes them: by labels
// and roles.

/** The tab bar. */
export const nav = (page) => page.getByRole("navigation", { name: "Main" });

/** Taps the tab named `name` ("Program", "Log", ...). */
export const tab = (page, name) => nav(page).getByRole("link", { name }).click();

/** Starts Starting Strength on the Program tab at these working weights (kg). */
export async function startStartingStrength(page, origin) {
  await page.goto(`${origin}/#/plan`);
  await nav(page).waitFor();
  await page.getByLabel("Program", { exact: true }).selectOption({ label: "Starting Strength" });
  const weights = { Squat: 100, "Bench press": 60, Press: 40, Deadlift: 120 };
  for (const [lift, w] of Object.entries(weights)) {
    await page.getByLabel(`${lift} working weight (kg)`, { exact: true }).fill(String(w));
  }
  await page.getByRole("button", { name: "Start this program" }).click();
}

/** The card of proposals waiting for the lifter (Log and Program tabs). */
export const proposals = (page) => page.getByRole("region", { name: "Proposed for next time" });

/** Copies the block shown ("5s, then 3s, then singles") as `name` and cuts
 * it to the deadlift alone, one day a week. Returns the editor region. */
export async function copyAsDeadliftAlone(page, name) {
  await page.getByRole("button", { name: "Copy and edit" }).click();
  const editor = page.getByRole("region", { name: "Edit your copy" });
  await editor.waitFor();
  await page.getByLabel("Program name").fill(name);
  for (const lift of ["Squat", "Bench press", "Press"]) {
    await editor.getByRole("button", { name: `Remove ${lift}`, exact: true }).click();
    await editor.getByRole("button", { name: `Remove ${lift}`, exact: true }).waitFor({ state: "detached" });
  }
  await editor.getByText("Nothing on this day yet").waitFor();
  await editor.getByRole("button", { name: "Remove this day" }).click();
  await editor.getByText("Nothing on this day yet").waitFor({ state: "detached" });
  return editor;
}
