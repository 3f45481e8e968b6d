// Liftsheet boot script: scripts/postbuild.mjs fills in this build's file names.
//
// One app, loaded in pieces (ARCHITECTURE.md): the main part (the shell and
// the calculator) starts for every link; each other screen's chunk is
// fetched by the app itself when that screen first opens, from the same
// build's folder. (The calculator and share door binaries are still built
// but no longer started: retiring them is the next step of issue 26.)
const FULL = { js: "__FULL_JS__", wasm: "__FULL_WASM__" };
// The full app's own screens' styles (styles/full-app.css): not part of the
// first load, added with the full app.
const FULL_CSS = "__FULL_CSS__";
// Set when this build's files were missing once (a newer build replaced them
// on the server and in the worker's cache): reload into the new build, once.
const RELOADED = "liftsheet.reloaded-for";

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

/** Starts the app; resolves once it runs, rejects if it can't be fetched. */
function full() {
  if (!starting) {
    // Fetched with the app, which keeps its screens once it runs.
    const kept = snapshots().catch(() => null);
    starting = (async () => {
      try {
        // The glue is fetched first so a missing file shows as a status, then
        // imported (from the cache it just filled); the wasm compiles as it
        // streams in.
        const [, module] = await Promise.all([
          fetchOk(FULL.js),
          WebAssembly.compileStreaming(fetchOk(FULL.wasm)),
          fetchOk(FULL_CSS),
        ]);
        const [glue] = await Promise.all([import(FULL.js), stylesheet(FULL_CSS)]);
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
      try {
        await glue.default({ module_or_path: module });
        kept.then((s) => s && s.keep({ build: FULL.wasm, servedByDoor: () => false }));
      } catch (error) {
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

try {
  // A kept screen of this build first, if there is one, then the app: on
  // slow signal its few KB must not queue behind the app's.
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
} catch (error) {
  fail(error);
}
