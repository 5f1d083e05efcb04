/**
 * What the service worker installs with itself. The build step that writes the
 * worker (src/build/steps/service-worker.ts) adds the app shell it finds
 * in the built pages.
 */

/**
 * Files the worker installs with itself (relative to dist/), besides the app
 * shell: the scripts, styles and fonts the public pages use, which the build
 * finds by reading the pages (src/build/steps/service-worker.ts; never the CMS's).
 */
export const PRECACHE_GLOBS = [
  'luring/index.html',
  'en/offline/index.html',
  'tersimpan/index.html',
  'en/saved/index.html',
  // The trip planner and the places it reads, so a plan opens without signal (src/client/trip/).
  'rencana/index.html',
  'en/trip/index.html',
  'data/places.geojson',
  // The trip ideas the big map draws as a layer (src/client/map/routes.ts): a few KB.
  'data/itineraries.geojson',
  'favicon.svg',
  'icons/*.png',
  'manifest.webmanifest',
  'en/manifest.webmanifest',
];

/** The CMS is for editors only; it stays out of the precache. */
export const PRECACHE_IGNORES = ['admin/**'];
