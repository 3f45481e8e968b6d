// Liftsheet boot script: scripts/postbuild.mjs fills in this build's file names.
//
// One app, loaded in pieces (ARCHITECTURE.md): this starts the main part (the
// shell and the calculator) for every link; the app fetches its other parts
// itself, from the same build's folder, when it needs them.
const APP = { js: "__APP_JS__", wasm: "__APP_WASM__" };
// The other screens' styles (styles/full-app.css): not needed to paint the
// calculator, so added once the app runs, before any other screen's chunk
// can have arrived.
const SCREENS_CSS = "__SCREENS_CSS__";
// Set when this build's files were missing once (a newer build replaced them
// on the server and in the worker's cache): reload into the new build, once.
const RELOADED = "liftsheet.reloaded-for";

// sessionStorage throws where site storage is blocked: then no reload guard,
// and so no reload.
function session(action) {
  try {
    return action(sessionStorage);
  } catch {
    return undefined;
  }
}

async function fetchOk(url) {
  // Gym wifi can hang a request without failing it.
  const signal = AbortSignal.timeout ? AbortSignal.timeout(60_000) : undefined;
  const response = await fetch(url, { signal });
  if (!response.ok) {
    const error = new Error(`${url}: HTTP ${response.status}`);
    error.missing = response.status === 404;
    throw error;
  }
  return response;
}

/** A page-wide message for when the app can't run, with a way out. */
function fail(error) {
  const root = document.getElementById("app") || document.body;
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

try {
  // The wasm compiles as it streams in.
  const [glue, module] = await Promise.all([import(APP.js), WebAssembly.compileStreaming(fetchOk(APP.wasm))]);
  session((s) => s.removeItem(RELOADED));
  await glue.default({ module_or_path: module });
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = SCREENS_CSS;
  document.head.append(link);
} catch (error) {
  // Reload only if the guard is in place, so it can never loop.
  const guarded =
    error.missing &&
    session((s) => {
      if (s.getItem(RELOADED) === APP.wasm) return false;
      s.setItem(RELOADED, APP.wasm);
      return s.getItem(RELOADED) === APP.wasm;
    });
  if (guarded) location.reload();
  else fail(error);
}
