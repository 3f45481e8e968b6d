// A 10-year log made on the spot (never a committed big file): four sessions a
// week for ten years, 2,080 sessions of 19 sets (39,520 sets), in the stored
// document's wire form (crates/domain/src/log/wire.rs). The same log as
// tests/log_components.rs's `ten_years`: a 5/3/1-like main lift whose training
// max climbs 2.5 kg every four weeks, five supplemental sets and two
// accessories of four sets each.

const LIFTS = [
  ["squat", "Squat"],
  ["bench", "Bench press"],
  ["deadlift", "Deadlift"],
  ["press", "Press"],
];
const MAIN = [0.4, 0.5, 0.6, 0.65, 0.75, 0.85];
const DAYS = [0, 1, 3, 4]; // Mon, Tue, Thu, Fri

/** To the nearest 2.5 kg, as the program rounds. */
const round = (kg) => Math.round(kg / 2.5) * 2.5;

/** The date `days` after 2015-01-05, as "YYYY-MM-DD". */
function dateAfter(days) {
  return new Date(Date.UTC(2015, 0, 5 + days)).toISOString().slice(0, 10);
}

/** The stored document (a plain object) with `count` sessions, oldest first. */
export function tenYearDocument(count = 2080) {
  const log = [];
  for (let n = 0; n < count; n++) {
    const date = dateAfter(Math.floor(n / 4) * 7 + DAYS[n % 4]);
    const tm = 100 + Math.floor(n / 16) * 2.5;
    const [k, name] = LIFTS[n % 4];
    const main = MAIN.map((pct, i) => ({
      ...(i < 3 ? { k: "w" } : i === 5 ? { k: "a" } : {}),
      w: round(tm * pct),
      r: 5,
      t: true,
    }));
    for (let i = 0; i < 5; i++) main.push({ k: "s", w: round(tm * 0.5), r: 10, t: true });
    const accessory = (k, n) => ({ k, n, s: Array.from({ length: 4 }, () => ({ k: "x", w: 30, r: 10 })) });
    log.push({
      i: `${date}-${String(n).padStart(6, "0")}`,
      d: date,
      l: `Week ${(Math.floor(n / 4) % 3) + 1} Day ${(n % 4) + 1}`,
      f: true,
      x: [{ k, n: name, s: main }, accessory("dumbbell-row", "Dumbbell row"), accessory("chin-up", "Chin-up")],
    });
  }
  return { schema: 4, log };
}

/** The document as the text the app keeps under its `liftsheet` key. */
export const tenYearStore = (count) => JSON.stringify(tenYearDocument(count));

/** Puts a 10-year log in the page's storage (the page must be on the app's origin). */
export async function seedTenYears(page, count) {
  await page.evaluate((text) => localStorage.setItem("liftsheet", text), tenYearStore(count));
}
