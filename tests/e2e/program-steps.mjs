// Steps on the Program tab that more than one story takes, as a lifter takes
// them: by labels and roles.

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
