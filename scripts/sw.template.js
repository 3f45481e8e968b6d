// Liftsheet service worker, written by scripts/postbuild.mjs for one build.
// - install: precache every file of this build (content-hashed names);
// - hashed assets: cache first (a hashed name never changes content);
// - the page (navigations, index.html): network first, cached copy when offline;
// - activate: delete caches of older builds;
// - the page asks a waiting worker to take over with {type: "skip-waiting"}.
const BUILD = "__BUILD_ID__";
const CACHE = `liftsheet-${BUILD}`;
const PRECACHE = __PRECACHE__;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith("liftsheet-") && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "skip-waiting") self.skipWaiting();
});

function isPage(request) {
  if (request.mode === "navigate") return true;
  const url = new URL(request.url);
  return url.pathname.endsWith("/") || url.pathname.endsWith("/index.html");
}

// Gym wifi is often "connected" but dead: after this long, serve the cached page.
const NETWORK_TIMEOUT_MS = 3000;

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  const network = fetch(request).then((response) => {
    if (response.ok) cache.put("./", response.clone());
    return response;
  });
  const cached = await cache.match("./");
  if (!cached) return network;
  const timeout = new Promise((resolve) => setTimeout(() => resolve(cached), NETWORK_TIMEOUT_MS));
  return Promise.race([network.catch(() => cached), timeout]);
}

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(CACHE);
    cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  if (new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(isPage(request) ? networkFirst(request) : cacheFirst(request));
});
