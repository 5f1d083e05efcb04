/**
 * Trying the big map again after its start failed (src/client/map/element.ts).
 *
 * Two things can fail on a weak signal: the map's code (Leaflet and the map
 * application, loaded by dynamic `import()`) and its places file (`fetch`).
 *
 * - **The code is never imported again from the URL that failed.** Browsers
 *   differ on a failed module: Chromium before about version 155 (and the HTML
 *   standard until recently) keeps the failure in the page's module map for the
 *   life of the page, so importing the same URL fails again, without touching
 *   the network. The chunks import each other by fixed relative URLs, so a
 *   query string on one of them would not help either. A retry therefore
 *   reloads the page (a new document has a new module map), once the network
 *   answers, and the reloaded page starts the map at once, as the visitor
 *   asked. Browsers that do retry failed modules lose nothing by this.
 * - **The places file is fetched again in the page**, bypassing the HTTP cache
 *   (`cache: 'reload'`), so neither a failure nor a half-stored copy is reused.
 *   `fetch` never remembers a failure the way the module map does.
 */

/** How the next try runs: in the page, or by reloading it (the code failed). */
export type NextTry = 'in-page' | 'reload';

export interface Tries {
  /** Whether the map's code has been imported (a later failure was the places file's). */
  codeLoaded: boolean;
  /** How many starts have failed so far. */
  failures: number;
}

/** The first try, and any try once the code has arrived, run in the page; after the code failed, a reload. */
export const nextTry = ({ codeLoaded, failures }: Tries): NextTry => (failures > 0 && !codeLoaded ? 'reload' : 'in-page');

/** Request options for the places file: the first fetch may use the HTTP cache, a retry goes to the network. */
export const placesRequest = (failures: number): RequestInit => (failures > 0 ? { cache: 'reload' } : {});

/** How the map was started, which the page after a reload repeats: a tap on the overview or a filter change. */
export type StartMode = 'tap' | 'form';

/** The session-storage key of a start that a reload leaves for the page it reloads into. */
export const START_KEY = 'jt-map:start';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Leaves the start for the reloaded page; false where storage is unavailable (the visitor then taps once more). */
export function leaveStart(store: Store | undefined, mode: StartMode): boolean {
  try {
    store?.setItem(START_KEY, mode);
    return !!store;
  } catch {
    return false;
  }
}

/** Takes the start a reload left, once: a later reload or visit opens on the overview as usual. */
export function takeStart(store: Store | undefined): StartMode | undefined {
  try {
    const mode = store?.getItem(START_KEY);
    if (mode) store!.removeItem(START_KEY);
    return mode === 'tap' || mode === 'form' ? mode : undefined;
  } catch {
    return undefined;
  }
}
