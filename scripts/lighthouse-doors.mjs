// Lighthouse 12 mobile (its defaults: simulated slow 4G, 4x CPU slowdown) on each
// door a lifter comes in by, medians of 3 interleaved runs (A B C…, A B C…,
// A B C…), so a slow minute on a shared machine spreads over every door:
//   /                 the calculator, first visit, fresh profile
//   #/plan, #/log     with a running program in localStorage (5/3/1 BBB, started by
//                     the real app through Playwright, which also opened Log and
//                     Program; all of its localStorage is seeded into a fresh
//                     Chromium profile per run, Lighthouse keeps it)
//   #/plan, new build the same document alone, as on the first open after an
//                     update
//   share link        5/3/1 BBB with training maxes, made by the real app, fresh profile
//   floor             a minimal Yew 0.23 CSR app (scripts/floor), same release profile
// Reports (HTML and JSON, final screenshots) go to target/lighthouse/.
// Used by scripts/report; `node scripts/lighthouse-doors.mjs [dist] [floor-dist]`.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { startServer } from "./serve-dist.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const CHROME = process.env.CHROME_PATH || "/usr/bin/chromium";
const LIGHTHOUSE = join(root, ".tools/lighthouse/node_modules/.bin/lighthouse");
// DOORS_ROUNDS=1 for a quick look; the report is 3.
const ROUNDS = Number(process.env.DOORS_ROUNDS || 3);
// DOORS_ONLY=plan,log to look at some doors; DOORS_TRACES=1 keeps each run's trace.
const ONLY = process.env.DOORS_ONLY ? process.env.DOORS_ONLY.split(",") : null;
const TRACES = process.env.DOORS_TRACES === "1";
export const CHROME_FLAGS = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
];
const TMS = { Press: 150, "Bench press": 225, Squat: 285, Deadlift: 325 };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Lifter: lb, 5/3/1 BBB with four training maxes on the Program tab (like tests/e2e/share.test.mjs). */
async function bbbWithMaxes(page, origin) {
  await page.goto(`${origin}/#/settings`);
  await page.getByRole("navigation", { name: "Main" }).waitFor();
  await page.getByLabel("Unit", { exact: true }).selectOption("lb");
  await page.goto(`${origin}/#/plan`);
  await page.getByRole("navigation", { name: "Main" }).waitFor();
  await page.getByLabel("Program", { exact: true }).selectOption({ label: "5/3/1 Boring But Big" });
  for (const [lift, tm] of Object.entries(TMS)) {
    await page.getByLabel(`${lift} training max (lb)`, { exact: true }).fill(String(tm));
  }
}

/** Lets the real app make what the doors need: a document with a running program and a share link. */
async function makeState(origin) {
  const { chromium } = createRequire(join(root, "tests/e2e/package.json"))("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });
  const phone = () =>
    browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, serviceWorkers: "block" });
  try {
    const a = await phone();
    const page = await a.newPage();
    await bbbWithMaxes(page, origin);
    await page.getByRole("button", { name: "Start this program" }).click();
    await page.getByText(/Running: cycle 1/).waitFor();
    // As a lifter would: look at today's session, then back at the program.
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: "Log" }).click();
    await page.getByText(/Boring But Big · cycle 1 · Week 1/).first().waitFor();
    await nav.getByRole("link", { name: "Program" }).click();
    await page.getByText(/^Running: cycle 1/).waitFor();
    const stored = await page.evaluate(() => ({ ...localStorage }));
    const document = stored.liftsheet;
    if (!document || !JSON.parse(document)) throw new Error("the app saved no document");
    await a.close();

    const b = await phone();
    const share = await b.newPage();
    await bbbWithMaxes(share, origin);
    await share.getByRole("button", { name: "Share", exact: true }).click();
    await share.getByLabel("Include my maxes").check();
    const link = await share.getByLabel(/^Link \(\d+ characters\)$/).inputValue();
    await b.close();
    return { stored, document, link };
  } finally {
    await browser.close();
  }
}

/** A Chromium profile whose localStorage for `origin` holds `stored` (key -> text), written on a 404 page (no app, no service worker). */
async function seedProfile(origin, stored) {
  const { chromium } = createRequire(join(root, "tests/e2e/package.json"))("playwright-core");
  const dir = mkdtempSync(join(tmpdir(), "liftsheet-seed-"));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROME, args: CHROME_FLAGS });
  try {
    const page = context.pages()[0] || (await context.newPage());
    const response = await page.goto(`${origin}/seed`);
    if (response.status() !== 404) throw new Error(`${origin}/seed answered ${response.status()}, not 404`);
    await page.evaluate((items) => Object.entries(items).forEach(([k, v]) => localStorage.setItem(k, v)), stored);
    const back = await page.evaluate(() => ({ ...localStorage }));
    for (const [key, text] of Object.entries(stored)) {
      if (back[key] !== text) throw new Error(`seed did not stick: ${key}`);
    }
  } finally {
    await context.close();
  }
  return dir;
}

async function lighthouse(url, outBase, { profile } = {}) {
  const flags = [...CHROME_FLAGS];
  const args = [
    url,
    "--quiet",
    "--form-factor=mobile",
    "--only-categories=performance",
    "--output=json",
    "--output=html",
    `--output-path=${outBase}`,
    ...(TRACES ? ["--save-assets"] : []),
  ];
  let copy;
  if (profile) {
    copy = mkdtempSync(join(tmpdir(), "liftsheet-lh-profile-"));
    cpSync(profile, copy, { recursive: true });
    flags.push(`--user-data-dir=${copy}`);
    args.push("--disable-storage-reset");
  }
  args.push(`--chrome-flags=${flags.join(" ")}`);
  try {
    // Async on purpose: the static servers run in this process and must keep
    // answering while Lighthouse loads the page.
    await promisify(execFile)(LIGHTHOUSE, args, {
      env: { ...process.env, CHROME_PATH: CHROME },
      maxBuffer: 64 * 1024 * 1024,
    });
  } finally {
    if (copy) rmSync(copy, { recursive: true, force: true });
  }
  return JSON.parse(readFileSync(`${outBase}.report.json`, "utf8"));
}

/** The LCP element, when Lighthouse could name it (12.2.3 fails to with some newer Chromiums). */
function lcpElement(lhr) {
  const items = lhr.audits["largest-contentful-paint-element"]?.details?.items ?? [];
  const node = items[0]?.items?.[0]?.node;
  return node ? node.nodeLabel : "(not named)";
}

/** The page text Lighthouse recorded: the labels of the elements its audits name (DOM size, LCP, ...). */
function recordedText(lhr) {
  const labels = [...JSON.stringify(lhr.audits).matchAll(/"nodeLabel":"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`));
  return [...new Set(labels)].join(" | ").replace(/\s+/g, " ");
}

export async function lighthouseDoors({ dist = join(root, "dist"), floorDist = join(root, "target/floor-dist") } = {}) {
  if (!existsSync(join(floorDist, "index.html"))) throw new Error(`${floorDist} is missing: build scripts/floor first`);
  const out = join(root, "target", "lighthouse");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const server = await startServer({ port: 0, dir: dist });
  const floorServer = await startServer({ port: 0, dir: floorDist });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const floorOrigin = `http://127.0.0.1:${floorServer.address().port}`;
  const seeds = [];
  try {
    const { stored, document, link } = await makeState(origin);
    writeFileSync(join(out, "seeded-document.json"), document);
    // What the phone holds after the lifter used the app.
    const profile = await seedProfile(origin, stored);
    // The first open after an update: the same document alone.
    const unpainted = await seedProfile(origin, { liftsheet: document });
    seeds.push(profile, unpainted);
    console.log(
      `Seeded document: ${document.length} bytes (5/3/1 BBB started by the app), ` +
        `share link: ${link.length} characters`,
    );
    const doors = [
      { id: "calc", name: "/ (calculator, first visit)", url: `${origin}/`, expect: /Estimated 1RM/ },
      { id: "plan", name: "#/plan (running program)", url: `${origin}/#/plan`, profile, expect: /Running: 5\/3\/1 Boring But Big/ },
      { id: "log", name: "#/log (running program)", url: `${origin}/#/log`, profile, expect: /Boring But Big · cycle 1 · Week 1/ },
      { id: "plan-new", name: "#/plan, first open of a new build", url: `${origin}/#/plan`, profile: unpainted, expect: /Running: 5\/3\/1 Boring But Big/ },
      { id: "share", name: "share link (BBB + TMs)", url: link, expect: /Shared program 5\/3\/1 Boring But Big/ },
      { id: "floor", name: "floor (Yew hello + counter)", url: `${floorOrigin}/`, expect: /hello/ },
    ];
    if (ONLY) doors.splice(0, doors.length, ...doors.filter((d) => ONLY.includes(d.id)));
    for (const door of doors) door.runs = [];
    for (let round = 1; round <= ROUNDS; round++) {
      for (const door of doors) {
        const base = join(out, `${door.id}-${round}`);
        const lhr = await lighthouse(door.url, base, { profile: door.profile });
        if (lhr.runtimeError) throw new Error(`${door.name}: ${lhr.runtimeError.message}`);
        const a = lhr.audits;
        const run = {
          perf: lhr.categories.performance.score * 100,
          lcp: a["largest-contentful-paint"].numericValue,
          fcp: a["first-contentful-paint"].numericValue,
          tbt: a["total-blocking-time"].numericValue,
          bytes: a["total-byte-weight"].numericValue,
          lcpElement: lcpElement(lhr),
          text: recordedText(lhr),
          warnings: lhr.runWarnings,
        };
        // Proof the door rendered what it should (not an empty state or the loader).
        run.rendered = door.expect.test(run.text);
        const shot = a["final-screenshot"]?.details?.data;
        if (shot) writeFileSync(`${base}.final.jpg`, Buffer.from(shot.split(",")[1], "base64"));
        door.runs.push(run);
        console.log(
          `  round ${round} ${door.name.padEnd(30)} perf ${String(Math.round(run.perf)).padStart(3)}  ` +
            `LCP ${(run.lcp / 1000).toFixed(2)} s  LCP element: ${run.lcpElement.slice(0, 60)}`,
        );
        console.log(`    rendered ${door.expect}: ${run.rendered ? "yes" : "NO"}; page text recorded: ${run.text.slice(0, 160)}`);
        for (const w of run.warnings) console.log(`    warning: ${w}`);
      }
    }
    console.log(`\nLighthouse 12 mobile (simulated slow 4G, 4x CPU), medians of ${ROUNDS} interleaved runs:`);
    console.log(
      "  " + "door".padEnd(32) + "perf".padStart(5) + "LCP".padStart(9) + "FCP".padStart(9) + "TBT".padStart(9) + "KB transferred".padStart(16),
    );
    const rows = [];
    for (const door of doors) {
      const m = (k) => median(door.runs.map((r) => r[k]));
      const row = { door: door.name, perf: Math.round(m("perf")), lcp: m("lcp"), fcp: m("fcp"), tbt: m("tbt"), kb: m("bytes") / 1024 };
      rows.push(row);
      console.log(
        "  " + row.door.padEnd(32) + String(row.perf).padStart(5) +
          `${(row.lcp / 1000).toFixed(2)} s`.padStart(9) + `${(row.fcp / 1000).toFixed(2)} s`.padStart(9) +
          `${Math.round(row.tbt)} ms`.padStart(9) + row.kb.toFixed(1).padStart(16),
      );
    }
    const missing = doors.flatMap((d) => d.runs.map((r, i) => (r.rendered ? [] : [`${d.id} round ${i + 1}`])).flat());
    console.log(
      missing.length
        ? `  NOT RENDERED as expected (see the page text above): ${missing.join(", ")}`
        : `  Every run rendered its door (page text Lighthouse recorded matched: running program on #/plan and #/log, shared program, calculator, hello).`,
    );
    writeFileSync(join(out, "doors.json"), JSON.stringify({ rounds: ROUNDS, doors: doors.map(({ profile, ...d }) => d), medians: rows }, null, 2));
    console.log(`Reports: ${out}/<door>-<round>.report.html (final screenshots: <door>-<round>.final.jpg)`);
    return rows;
  } finally {
    for (const dir of seeds) rmSync(dir, { recursive: true, force: true });
    server.close();
    floorServer.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await lighthouseDoors({
    dist: join(root, process.argv[2] || "dist"),
    floorDist: join(root, process.argv[3] || "target/floor-dist"),
  });
}
