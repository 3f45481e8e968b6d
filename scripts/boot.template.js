// Liftsheet boot script: scripts/postbuild.mjs fills in this build's file names.
//
// Three apps, one page (ARCHITECTURE.md):
// - the calculator app, small, for #/calc links and an empty fragment: the
//   first load on a phone with bad gym signal;
// - the share door, small, for #/share/ links: what a training partner opens;
// - the full app for every other screen. A small app (a "door") calls
//   liftsheetBoot.full() when the lifter leaves its screen: the full app is
//   fetched and compiled (from the service worker's cache once it has it)
//   while the door stays usable, then the full app starts in its place and
//   the door is unmounted.
const CALC = { js: "__CALC_JS__", wasm: "__CALC_WASM__" };
const SHARE = { js: "__SHARE_JS__", wasm: "__SHARE_WASM__" };
const FULL = { js: "__FULL_JS__", wasm: "__FULL_WASM__" };
// The full app's own screens' styles (styles/full-app.css): not part of the
// first load, added with the full app.
const FULL_CSS = "__FULL_CSS__";
// Set when this build's files were missing once (a newer build replaced them
// on the server and in the worker's cache): reload into the new build, once.
const RELOADED = "liftsheet.reloaded-for";

let doorReady = null;
let starting = null;

// sessionStorage throws where site storage is blocked: then no reload guard,
// and so no reload.
function session(action) {
  try {
    return action(sessionStorage);
  } catch {
    return undefined;
  }
}

// Gym wifi can hang a request without failing it: give up after this long, so
// the lifter gets a message and "Try again" instead of an endless "Saving…".
const FETCH_TIMEOUT_MS = 60_000;

async function fetchOk(url) {
  const signal = AbortSignal.timeout ? AbortSignal.timeout(FETCH_TIMEOUT_MS) : undefined;
  const response = await fetch(url, { signal });
  if (!response.ok) {
    const error = new Error(`${url}: HTTP ${response.status}`);
    error.missing = response.status === 404;
    throw error;
  }
  return response;
}

/** A page-wide message for when no app can run, with a way out. */
function fail(error) {
  const root = document.getElementById("app") || document.body;
  // Over a kept screen (scripts/snapshot.js), which is inert: this one works.
  root.inert = false;
  root.removeAttribute("aria-busy");
  const screen = document.createElement("main");
  screen.className = "crash";
  screen.setAttribute("role", "alert");
  const title = document.createElement("h1");
  title.textContent = "Liftsheet couldn't start";
  const text = document.createElement("p");
  text.textContent =
    `${error.message}. Your data is safe on this phone. ` +
    "Check your connection and reload; once loaded, Liftsheet works offline.";
  const reload = document.createElement("a");
  reload.href = location.href;
  reload.textContent = "Reload";
  reload.addEventListener("click", (event) => {
    event.preventDefault();
    location.reload();
  });
  screen.append(title, text, reload);
  root.replaceChildren(screen);
}

const sheets = new Map();

/** Adds the stylesheet at `href` once; resolves once it applies. */
function stylesheet(href) {
  if (!sheets.has(href)) {
    const added = addStylesheet(href);
    sheets.set(href, added);
    added.catch(() => sheets.delete(href));
  }
  return sheets.get(href);
}

function addStylesheet(href) {
  return new Promise((resolve, reject) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => {
      link.remove();
      reject(new Error(`${href} didn't load`));
    };
    document.head.append(link);
  });
}

// The last screen a returning lifter saw, shown at once on a deep link while
// the full app arrives (scripts/snapshot.js; not part of the first load).
const SNAPSHOT_JS = "__SNAPSHOT_JS__";
const SNAPSHOT_KEY = "liftsheet.snapshot.v1";
const SNAPSHOT_WAIT_MS = 3000;
const snapshots = () => import(SNAPSHOT_JS);
// The "Loading" placeholder index.html ships, which a snapshot may replace.
const placeholder = document.getElementById("app");

/** Starts the full app; resolves once it runs, rejects if it can't be fetched. */
function full() {
  if (!starting) {
    // Fetched with the full app, which keeps its screens once it runs.
    const kept = snapshots().catch(() => null);
    starting = (async () => {
      try {
        // The glue is fetched first so a missing file shows as a status, then
        // imported (from the cache it just filled).
        const [, bytes] = await Promise.all([
          fetchOk(FULL.js),
          fetchOk(FULL.wasm).then((r) => r.arrayBuffer()),
          fetchOk(FULL_CSS),
        ]);
        const [glue, module] = await Promise.all([
          import(FULL.js),
          WebAssembly.compile(bytes),
          stylesheet(FULL_CSS),
        ]);
        session((s) => s.removeItem(RELOADED));
        return { glue, module };
      } catch (error) {
        // Reload only if the guard is in place, so it can never loop.
        const guarded =
          error.missing &&
          session((s) => {
            if (s.getItem(RELOADED) === FULL.wasm) return false;
            s.setItem(RELOADED, FULL.wasm);
            return s.getItem(RELOADED) === FULL.wasm;
          });
        if (guarded) {
          location.reload();
          return new Promise(() => {});
        }
        throw error;
      }
    })().then(async ({ glue, module }) => {
      // Past this point the door goes: a failure is the page's. The full
      // app mounts as it starts, in place of the door's page and in the same
      // task (no blank frame between them); only then is the door destroyed.
      const door = doorReady && (await doorReady.catch(() => null));
      try {
        await glue.default({ module_or_path: module });
        if (door) door.unmount();
        kept.then((s) => s && s.keep({ build: FULL.wasm, servedByDoor: (hash) => !!doorFor(hash) }));
      } catch (error) {
        if (door) door.unmount();
        fail(error);
      }
    });
    // A failed fetch (offline before the worker has the app) may be retried.
    starting.catch(() => {
      starting = null;
    });
  }
  return starting;
}

window.liftsheetBoot = { full };

/** The small app that serves `hash` first, or null for the full app's screens. */
function doorFor(hash) {
  // As the app's own router reads it (src/route.rs): any slashes after "#".
  const path = hash.replace(/^#*\/*/, "");
  if (path === "" || path === "calc" || path.startsWith("calc/")) return CALC;
  if (path.startsWith("share/")) return SHARE;
  return null;
}

/** Starts a small app; resolves to its glue (for `unmount`). */
function door(app) {
  const wasm = fetch(app.wasm);
  doorReady = import(app.js).then(async (glue) => {
    await glue.default({ module_or_path: wasm });
    return glue;
  });
  return doorReady;
}

try {
  const app = doorFor(location.hash);
  if (app) {
    await door(app);
  } else {
    // A kept screen of this build first, if there is one, then the full app:
    // on slow signal its few KB must not queue behind the full app's.
    let kept = "";
    try {
      kept = localStorage.getItem(SNAPSHOT_KEY) || "";
    } catch {}
    // Never more than a moment: a hung stylesheet must not hold the app.
    if (kept.includes(FULL.wasm)) {
      await Promise.race([
        snapshots()
          .then((s) => s.show({ build: FULL.wasm, root: placeholder, styles: () => stylesheet(FULL_CSS) }))
          .catch(() => false),
        new Promise((late) => setTimeout(late, SNAPSHOT_WAIT_MS)),
      ]);
    }
    await full();
  }
} catch (error) {
  fail(error);
}
