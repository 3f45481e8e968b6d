// Liftsheet boot script: scripts/postbuild.mjs fills in this build's file names.
//
// Two apps, one page (ARCHITECTURE.md):
// - the calculator app, small, for #/calc links and an empty fragment: the
//   first load on a phone with bad gym signal;
// - the full app for every other screen. The calculator app calls
//   liftsheetBoot.full() when the lifter leaves it (or saves a max): the full
//   app is fetched and compiled (from the service worker's cache once
//   installed) while the calculator stays usable, then the calculator app is
//   unmounted and the full app starts in its place.
const CALC = { js: "__CALC_JS__", wasm: "__CALC_WASM__" };
const FULL = { js: "__FULL_JS__", wasm: "__FULL_WASM__" };

let calc = null;
let starting = null;

async function compile(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return WebAssembly.compile(await response.arrayBuffer());
}

/** Starts the full app; resolves once it runs, rejects if it can't be fetched. */
function full() {
  if (!starting) {
    starting = Promise.all([import(FULL.js), compile(FULL.wasm)]).then(([glue, module]) => {
      if (calc) calc.unmount();
      calc = null;
      return glue.default({ module_or_path: module });
    });
    // A failed fetch (offline before the worker cached it) may be retried.
    starting.catch(() => {
      starting = null;
    });
  }
  return starting.then(() => undefined);
}

window.liftsheetBoot = { full };

const path = location.hash.replace(/^#\/?/, "");
if (path === "" || path === "calc" || path.startsWith("calc/")) {
  const wasm = fetch(CALC.wasm);
  const glue = await import(CALC.js);
  await glue.default({ module_or_path: wasm });
  calc = glue;
} else {
  await full();
}
