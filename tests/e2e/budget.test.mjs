// First-load size (issue: foundation). The budget is 150 KB gzip for
// html + js + wasm + css. The full app does NOT meet it yet: the single Yew
// wasm with every screen measures about 450 KB gzip (docs/MEASUREMENTS.md,
// `scripts/report`). Until the first load is split (a small calculator bundle,
// the rest fetched and precached after), this test enforces a ceiling so the
// payload cannot silently grow, and reports the gap to the target. Bytes are
// deterministic for a build, so this never flakes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { firstLoad } from "../../scripts/payload.mjs";
import { DIST } from "./harness.mjs";

const TARGET_GZIP = 150 * 1024;
const CEILING_GZIP = 480 * 1024;

test("first-load payload stays under its ceiling (target 150 KB gzip not yet met)", (t) => {
  const { files, total } = firstLoad(DIST);
  for (const kind of ["html", "js", "wasm", "css"]) {
    assert.ok(files.some((f) => f.kind === kind), `first load has a ${kind} file`);
  }
  t.diagnostic(
    `first load: ${(total.gzip / 1024).toFixed(1)} KB gzip, ${(total.brotli / 1024).toFixed(1)} KB brotli; ` +
      `target ${TARGET_GZIP / 1024} KB gzip ${total.gzip <= TARGET_GZIP ? "met" : "NOT met"}`,
  );
  assert.ok(total.gzip <= CEILING_GZIP, `first load is ${total.gzip} bytes gzip, ceiling ${CEILING_GZIP}`);
});
