// Size budget (issue: foundation): the first load (html + js + wasm + css) is at
// most 150 KB gzip. Bytes are deterministic for a build, so this never flakes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { firstLoad } from "../../scripts/payload.mjs";
import { DIST } from "./harness.mjs";

const BUDGET_GZIP = 150 * 1024;

test("first-load payload is within 150 KB gzip", () => {
  const { files, total } = firstLoad(DIST);
  for (const kind of ["html", "js", "wasm", "css"]) {
    assert.ok(files.some((f) => f.kind === kind), `first load has a ${kind} file`);
  }
  assert.ok(total.gzip <= BUDGET_GZIP, `first load is ${total.gzip} bytes gzip, budget ${BUDGET_GZIP}`);
});
