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
const { manifest, base, offlinePage, workboxPath } = self.__OFFLINE_COPY__;

importScripts(`${workboxPath}workbox-sw.js`);
// Without `debug: false` Workbox loads its development builds (with console logging) on localhost.
workbox.setConfig({ modulePathPrefix: workboxPath, debug: false });

workbox.core.setCacheNameDetails({ prefix: 'llr' });
// A new deploy takes over on the reader's next visit; a reader offline keeps the version they have.
self.skipWaiting();
workbox.core.clientsClaim();

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
