// The app's size, part by part (scripts/payload.mjs): one binary split into
// parts (scripts/split-build.sh). Bytes are deterministic for a build, so
// these never flake. first-load.test.mjs checks that a real first visit
// fetches exactly the files the first part counts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { firstLoad } from "../../scripts/payload.mjs";
import { DIST } from "./harness.mjs";

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// The first part: the page, its styles and boot script, and the main part
// (wasm, glue and chunk loader) that draws the shell and the calculator.
// The issue "One app, loaded in pieces" asks for 135 KB gzip (15 KB under the
// 150 KB budget); the three-app design's calculator alone was 135.0 KB
// (138,210 B). Split, the first part also holds the router for every screen,
// the reducer's state, the chunk loader and the web APIs every chunk calls
// (wasm-bindgen's glue is the main part's): 151,106 B on 2026-12-08 with the
// whole calculator; 126,462 B once its Plates and Warm-up sections came in
// chunks of their own (a first visit opens on 1RM & TM); 127,475 B with the
// web APIs of backups to a picked file (IndexedDB, File System Access) and of
// imports read in slices, whose glue is the main part's. The line below is
// that, rounded up to the KB, to come down, never up.
const FIRST_PART_LINE_GZIP = 125 * 1024;

test("the first part is within its line, and the rest is fetched after it", (t) => {
  const { files, total, rest } = firstLoad(DIST);
  for (const kind of ["html", "js", "wasm", "css"]) {
    assert.ok(files.some((f) => f.kind === kind), `first load has a ${kind} file`);
  }
  t.diagnostic(`first part: ${kb(total.gzip)} gzip, ${kb(total.brotli)} brotli; the other parts: ${kb(rest.total.gzip)} gzip`);
  assert.ok(total.gzip <= FIRST_PART_LINE_GZIP, `first part is ${total.gzip} bytes gzip, line ${FIRST_PART_LINE_GZIP}`);
  assert.ok(rest.total.gzip > total.gzip, "the other parts are the bigger share: the split is real");
});

// All parts of one build together: what the service worker precaches. The
// three-app design precached about 874 KB (calculator 135.0, share door
// 130.9, full app 607.4); split, 706.5 KB (723,494 B) on 2026-12-08, the
// calculator's sections included; 725.7 KB (743,158 B) with deletions kept
// across devices and backups to a picked file (about +10 KB unsplit), big
// imports read in slices and History made ahead (+7.4 KB unsplit) and the
// calculator's bars per exercise. The issue asks for 600 KB.
const ALL_PARTS_CEILING_GZIP = 726 * 1024;

test("all parts together stay under their ceiling", (t) => {
  const { total, rest } = firstLoad(DIST);
  const all = total.gzip + rest.total.gzip;
  t.diagnostic(`all parts: ${kb(all)} gzip (ceiling ${kb(ALL_PARTS_CEILING_GZIP)})`);
  assert.ok(all <= ALL_PARTS_CEILING_GZIP, `all parts are ${all} bytes gzip, ceiling ${ALL_PARTS_CEILING_GZIP}`);
});

// Each split point's own chunk (split_<name>.wasm): the code only that screen
// (or the document, or a calculator section) uses. Code several share is in chunk_<n>.wasm, counted in
// the total. Ceilings at what each weighs now, rounded up to the KB.
const OWN_CHUNK_CEILINGS_GZIP = {
  document: 32,
  plan: 113,
  log: 40,
  history: 37,
  settings: 65,
  share: 8,
  plate_path: 5,
  plates: 4,
  warmup: 7,
};

test("each screen's own chunk stays under its ceiling", (t) => {
  const { parts } = firstLoad(DIST);
  const own = new Map(parts.screens.files.map((f) => [f.name.split("/").pop().replace(/^split_|\.wasm$/g, ""), f.gzip]));
  assert.deepEqual([...own.keys()].sort(), Object.keys(OWN_CHUNK_CEILINGS_GZIP).sort(), "one chunk per split point");
  for (const [name, ceiling] of Object.entries(OWN_CHUNK_CEILINGS_GZIP)) {
    t.diagnostic(`${name}: ${kb(own.get(name))} gzip (ceiling ${ceiling} KB)`);
    assert.ok(own.get(name) <= ceiling * 1024, `${name}'s chunk is ${own.get(name)} bytes gzip, ceiling ${ceiling} KB`);
  }
});
