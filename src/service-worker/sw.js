/**
 * The service worker that keeps the offline copy on a reader's device (docs/offline.md).
 *
 * The build (src/integrations/offline-copy.ts) writes this file to sw.js after one line that sets
 * `self.__OFFLINE_COPY__`: the precache list, the site's base path, the offline page and the
 * folder holding Workbox's prebuilt modules, which the build copies there. Workbox's own loader
 * (workbox-sw) imports those modules, so no bundler runs in the build: bundling Workbox with
 * Rollup and Babel took longer than the rest of the offline step together.
 */
/* global workbox */
const { manifest, base, offlinePage, workboxPath, copyInfo, networkHeader } = self.__OFFLINE_COPY__;

importScripts(`${workboxPath}workbox-sw.js`);
// Without `debug: false` Workbox loads its development builds (with console logging) on localhost.
workbox.setConfig({ modulePathPrefix: workboxPath, debug: false });

workbox.core.setCacheNameDetails({ prefix: 'llr' });
// A new deploy takes over on the reader's next visit; a reader offline keeps the version they have.
self.skipWaiting();
workbox.core.clientsClaim();

/**
 * Whether the network answers now: a request for the copy's description that no cache may answer.
 * A redirect counts as no answer (a captive portal's login page is not the site), and so does
 * silence for as long as the page route below waits for the network.
 */
async function networkAnswers(url) {
  try {
    const response = await fetch(url, { method: 'HEAD', cache: 'no-store', redirect: 'manual', signal: AbortSignal.timeout(5000) });
    return response.ok;
  } catch {
    return false;
  }
}

// The page reads offline-copy.json to say when its copy was saved; the worker answers with the
// saved one and says in a header whether the network answered too, so the page can tell the
// reader they are offline whatever navigator.onLine claims. Registered before the precache's own
// route, which would answer from the cache without asking the network.
workbox.routing.registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname === copyInfo,
  async ({ request }) => {
    const [saved, reached] = await Promise.all([workbox.precaching.matchPrecache(copyInfo), networkAnswers(request.url)]);
    if (!saved) return fetch(request);
    const headers = new Headers(saved.headers);
    headers.set(networkHeader, reached ? 'reached' : 'failed');
    return new Response(saved.body, { status: saved.status, headers });
  },
);

workbox.precaching.precacheAndRoute(manifest, {
  // /procedures/neglect/ is served from procedures/neglect/index.html.
  directoryIndex: 'index.html',
  // Saved pages do not vary by query: the no-JavaScript form's /search/?q=... is the saved search
  // page, answered on the device. (With JavaScript the words travel in the fragment, which is
  // never sent at all: src/lib/search/url-state.ts.)
  ignoreURLParametersMatching: [/.*/],
});
workbox.precaching.cleanupOutdatedCaches();

// Pages not in the precache (above the size limit, or not built at all): the network, a copy
// kept from an earlier reading, then the offline page.
workbox.routing.registerRoute(
  ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
  new workbox.strategies.NetworkFirst({
    cacheName: 'llr-pages',
    networkTimeoutSeconds: 5,
    plugins: [
      new workbox.expiration.ExpirationPlugin({ maxEntries: 500 }),
      new workbox.precaching.PrecacheFallbackPlugin({ fallbackURL: `${base}${offlinePage}` }),
    ],
  }),
);

workbox.routing.registerRoute(
  ({ request, sameOrigin }) => sameOrigin && ['image', 'style', 'script', 'font', 'manifest'].includes(request.destination),
  new workbox.strategies.StaleWhileRevalidate({
    cacheName: 'llr-assets',
    plugins: [new workbox.expiration.ExpirationPlugin({ maxEntries: 300 })],
  }),
);
