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
// of at most MAX_CHARS characters each, taken only as a screen opens. The
// full app's storage layer drops the key when the store is full
// (src/storage/mod.rs, SNAPSHOT_KEY).
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
  const hash = location.hash;
  const html = local((storage) => {
    const shot = screensOf(storage, build)[hash];
    return shot && shot.day === today() && shot.state === storedState(storage) ? shot.html : null;
  });
  if (!html || !root) return false;
  try {
    await styles();
  } catch {
    return false;
  }
  if (!root.isConnected || location.hash !== hash) return false;
  root.className = "app";
  root.inert = true;
  root.setAttribute("aria-busy", "true");
  root.innerHTML = html;
  // Painted by the frame after this one (a hidden tab draws no frames).
  await new Promise((painted) => {
    requestAnimationFrame(() => setTimeout(painted));
    setTimeout(painted, 100);
  });
  return true;
}

/** Keeps the screen the full app shows now as this link's (best effort). */
function take(build) {
  const root = document.getElementById("app");
  if (!root || root.inert) return;
  // An error or alert on screen (a store that can't be read or saved, a
  // crash) means the screen may show what storage doesn't hold; a running
  // timer is out of date a second later; an editor open is the lifter's
  // work in hand (data-transient). Keep none of them.
  if (root.querySelector("[role=alert], [role=timer], [data-transient]")) return;
  local((storage) => {
    const screens = screensOf(storage, build);
    const key = location.hash;
    const copy = root.cloneNode(true);
    // The fields' values are properties, which markup lacks. As the screen
    // opened they hold what the full app draws from storage.
    const live = root.querySelectorAll("input, select, textarea");
    copy.querySelectorAll("input, select, textarea").forEach((field, i) => {
      const from = live[i];
      if (field.type === "checkbox" || field.type === "radio") field.toggleAttribute("checked", from.checked);
      else if (field.tagName === "SELECT")
        field.querySelectorAll("option").forEach((o, j) => o.toggleAttribute("selected", j === from.selectedIndex));
      else if (field.tagName === "TEXTAREA") field.textContent = from.value;
      else field.setAttribute("value", from.value);
    });
    // The app sets no inline style (the CSP forbids it): any there is
    // foreign (a browser tool's), and shown again it would be refused.
    copy.querySelectorAll("[style]").forEach((e) => e.removeAttribute("style"));
    const html = copy.innerHTML;
    delete screens[key];
    if (html.length <= MAX_CHARS) screens[key] = { day: today(), state: storedState(storage), html };
    write(storage, build, screens);
  });
}

function write(storage, build, screens) {
  // Oldest first (insertion order): keep the newest SCREENS.
  const newest = Object.fromEntries(Object.entries(screens).slice(-SCREENS));
  try {
    storage.setItem(KEY, JSON.stringify({ build, screens: newest }));
  } catch {
    // Full: a copy must never take the room of the lifter's data.
    storage.removeItem(KEY);
  }
}

/** Drops the copies that are no longer true (what is stored changed since). */
function dropStale(build) {
  local((storage) => {
    const state = storedState(storage);
    const screens = screensOf(storage, build);
    const fresh = Object.fromEntries(Object.entries(screens).filter(([, s]) => s.state === state));
    if (Object.keys(fresh).length < Object.keys(screens).length) write(storage, build, fresh);
  });
}

/**
 * Keeps screens while the full app runs: each as it opens, before the lifter
 * touches it, so a copy holds nothing but what the full app draws from
 * storage (what he types, opens or picks on a screen lives in its
 * components, and a fresh full app would not draw it). As the page is left
 * or hidden, the copies that are no longer true are dropped. Not a screen a
 * small app opens first (`servedByDoor(hash)`): the full app never shows it.
 */
export function keep({ build, servedByDoor }) {
  let opening = 0;
  const opened = () => {
    const open = ++opening;
    const hash = location.hash;
    // A screen left open overnight may still show yesterday's "today".
    const day = today();
    const touched = () => {
      if (open === opening) opening++;
    };
    for (const kind of ["pointerdown", "keydown", "input"]) addEventListener(kind, touched, { once: true, capture: true });
    setTimeout(() => {
      for (const kind of ["pointerdown", "keydown", "input"]) removeEventListener(kind, touched, { capture: true });
      // Not if the lifter moved on or touched it meanwhile.
      if (open === opening && location.hash === hash && today() === day && !servedByDoor(hash)) take(build);
    }, SETTLE_MS);
  };
  opened();
  addEventListener("hashchange", opened);
  const left = () => dropStale(build);
  addEventListener("pagehide", left);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") left();
  });
}
