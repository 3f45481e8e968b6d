// The last screen, shown at once (ARCHITECTURE.md). A returning lifter's deep
// link (#/plan, #/log, …) would show "Loading" for as long as the full app
// takes to arrive on gym signal. Instead the boot script shows that screen as
// the full app last drew it, inert (nothing on it works yet), and the full app
// draws over it when it starts.
//
// It is a copy of the screen, never a source of data: it is shown only if it
// was taken by this build, today, of this very link, and from exactly the
// stored text that is in localStorage now (the document and the outbox), so
// it is what the full app is about to draw. One localStorage key, versioned:
// {build, screens: {"#/plan": {day, state, html}, …}}, at most SCREENS screens
// of at most MAX_CHARS characters each. The full app's storage layer drops the
// key when the store is full (src/storage/mod.rs, SNAPSHOT_KEY).
//
// Loaded by the boot script (postbuild minifies and hashes it) on a deep link
// and once the full app runs; not part of the calculator's first load.
const KEY = "liftsheet.snapshot.v1";
// What the full app draws a screen from: the document and the outbox it drains.
const FROM = ["liftsheet", "liftsheet.outbox"];
const SCREENS = 3;
const MAX_CHARS = 100_000;
// A screen is kept this long after it opens: past the full app's first
// effects (draining the outbox re-renders).
const SETTLE_MS = 300;

// localStorage throws where site storage is blocked: then no snapshots.
function local(action) {
  try {
    return action(localStorage);
  } catch {
    return undefined;
  }
}

// The lifter's wall-calendar day, as the app's own "today" (src/clock.rs).
function today() {
  const now = new Date();
  return `${now.getFullYear()}-${now.getMonth() + 1}-${now.getDate()}`;
}

/** A fingerprint of the stored text a screen is drawn from: two 32-bit FNV-1a style lanes, and the lengths. */
function storedState(storage) {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  const lengths = [];
  for (const key of FROM) {
    const text = storage.getItem(key);
    lengths.push(text === null ? "-" : text.length);
    for (let i = 0; text !== null && i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
    }
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${lengths.join(".")}`;
}

/** This build's kept screens (none if another build took them, or the key can't be read). */
function screensOf(storage, build) {
  try {
    const all = JSON.parse(storage.getItem(KEY) || "null");
    return all && all.build === build && all.screens ? all.screens : {};
  } catch {
    return {};
  }
}

/**
 * Shows this link's kept screen in `root` (the "Loading" placeholder) if one
 * is true now, once `styles()` (the full app's stylesheet) applies. Resolves
 * once it is on screen (true), or at once if there is none (false).
 */
export async function show({ build, root, styles }) {
  const html = local((storage) => {
    const shot = screensOf(storage, build)[location.hash];
    return shot && shot.day === today() && shot.state === storedState(storage) ? shot.html : null;
  });
  if (!html || !root) return false;
  try {
    await styles();
  } catch {
    return false;
  }
  if (!root.isConnected) return false;
  root.className = "app";
  root.inert = true;
  root.setAttribute("aria-busy", "true");
  root.innerHTML = html;
  // Painted by the frame after this one.
  await new Promise((painted) => requestAnimationFrame(() => setTimeout(() => painted(true))));
  return true;
}

/** Keeps the screen the full app shows now as this link's (best effort). */
function take(build, { onlyIfChanged }) {
  const root = document.getElementById("app");
  if (!root || root.inert) return;
  // An error or alert on screen (a store that can't be read or saved, a
  // crash) means the screen may show what storage doesn't hold; a running
  // timer is out of date a second later; an editor left open is the
  // lifter's work in hand (data-transient). Keep none of them.
  if (root.querySelector("[role=alert], [role=timer], [data-transient]")) return;
  local((storage) => {
    const state = storedState(storage);
    const screens = screensOf(storage, build);
    const key = location.hash;
    const kept = screens[key];
    // A screen kept as it opened shows nothing half done: keep it while it is true.
    if (onlyIfChanged && kept && kept.state === state && kept.day === today()) return;
    const copy = root.cloneNode(true);
    // What the lifter typed or ticked is in properties, which markup lacks.
    const live = root.querySelectorAll("input, select, textarea");
    copy.querySelectorAll("input, select, textarea").forEach((field, i) => {
      const from = live[i];
      if (field.type === "checkbox" || field.type === "radio") field.toggleAttribute("checked", from.checked);
      else if (field.tagName === "SELECT")
        field.querySelectorAll("option").forEach((o, j) => o.toggleAttribute("selected", j === from.selectedIndex));
      else if (field.tagName === "TEXTAREA") field.textContent = from.value;
      else field.setAttribute("value", from.value);
    });
    const html = copy.innerHTML;
    delete screens[key];
    if (html.length <= MAX_CHARS) screens[key] = { day: today(), state, html };
    // Oldest first (insertion order): keep the newest SCREENS.
    const newest = Object.fromEntries(Object.entries(screens).slice(-SCREENS));
    try {
      storage.setItem(KEY, JSON.stringify({ build, screens: newest }));
    } catch {
      // Full: a copy must never take the room of the lifter's data.
      storage.removeItem(KEY);
    }
  });
}

/**
 * Keeps screens while the full app runs: each as it opens, and as the page
 * is left or hidden if what is stored changed since. Not a screen a small app
 * opens first (`servedByDoor(hash)`): the full app is never shown for it.
 */
export function keep({ build, servedByDoor }) {
  // The day the screen on show was opened: one left open overnight may
  // still show yesterday's "today", so it is not kept as today's.
  let openedOn = today();
  const keepNow = (options) => {
    if (!servedByDoor(location.hash) && today() === openedOn) take(build, options);
  };
  const opened = () => {
    openedOn = today();
    const hash = location.hash;
    // Not if the lifter moved on meanwhile: that screen is still being drawn.
    setTimeout(() => location.hash === hash && keepNow({ onlyIfChanged: false }), SETTLE_MS);
  };
  opened();
  addEventListener("hashchange", opened);
  const left = () => keepNow({ onlyIfChanged: true });
  addEventListener("pagehide", left);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") left();
  });
}
