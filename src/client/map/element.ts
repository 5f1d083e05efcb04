/**
 * <jt-map>: the big map's custom element. It stays a few hundred bytes. Until
 * the visitor reaches for the map, the page shows a static overview of every
 * place, drawn at build time (src/lib/map/overview.ts), and downloads nothing
 * more: no Leaflet, no places file, no tiles. On a phone on a weak signal that
 * is most of the page's weight, and the map's start-up is the page's only
 * long work on the main thread.
 *
 * The interactive map (Leaflet, markercluster, ./map-app.ts) starts
 * - at once when the link names a view, a place or filters (a shared map link,
 *   "Open in the big map" on a place's page);
 * - on the overview, which is one button (a tap, a click, Enter or Space);
 * - on the first change to the filters, which it then applies.
 * Scrolling the page over the overview (a swipe, a mouse wheel) starts
 * nothing: until the visitor asks, the map cannot trap the page's scrolling.
 *
 * Without JavaScript the page is its list of places by district.
 */
import { STATE_PARAMS } from '../../lib/map/state';
import { leaveStart, nextTry, placesRequest, takeStart, type StartMode } from '../../lib/map/retry';

/** Session storage, where the browser allows it (a reload after a failed start leaves a note there). */
function session(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    return undefined;
  }
}

class JtMap extends HTMLElement {
  #started = false;
  /** Whether the map's code has arrived, and how many starts failed: what a retry does (../../lib/map/retry.ts). */
  #tries = { codeLoaded: false, failures: 0 };

  connectedCallback() {
    const form = this.querySelector('[data-filters]');
    // Beside a wide map there is room for the filters: open. On a phone the panel stays shut, and the map,
    // not the filters, fills the first screen (src/components/map/MapFilters.astro).
    const panel = this.querySelector<HTMLDetailsElement>('[data-filter-panel]');
    if (panel && matchMedia('(min-width: 56rem)').matches) panel.open = true;
    // Also when the link starts the map at once: if that start fails, a click on the overview tries again.
    this.querySelector('[data-map-start]')?.addEventListener('click', () => this.start(false));
    for (const type of ['change', 'input']) form?.addEventListener(type, () => this.start(true), { once: true });
    const params = new URLSearchParams(location.search);
    // A link that names a view, a place or filters asks for the map itself, and so does a reload
    // that a failed start asked for (the visitor had already asked).
    const again = takeStart(session());
    if (again || STATE_PARAMS.some((k) => params.has(k))) this.start(again === 'form');
  }

  /** Downloads and starts the interactive map; `fromForm`: the filters were changed first, and the map applies them. */
  start(fromForm: boolean) {
    if (this.#started) return;
    this.#started = true;
    const overview = this.querySelector('[data-map-start]');
    overview?.setAttribute('aria-busy', 'true');
    const status = this.querySelector('[data-status]')!;
    status.textContent = this.dataset.loading ?? '';
    const failed = (err: unknown) => {
      status.textContent = this.dataset.loadError ?? '';
      // The overview stays, and another click tries again (offline, say, until the connection is back).
      overview?.removeAttribute('aria-busy');
      this.#tries.failures++;
      this.#started = !overview?.isConnected;
      throw err;
    };
    if (nextTry(this.#tries) === 'reload') return void this.#reload(fromForm ? 'form' : 'tap').catch(failed);
    // The places and the map code download side by side, not one after the other.
    const get = (url: string) =>
      fetch(url, placesRequest(this.#tries.failures)).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${r.status} ${r.url}`))));
    const places = get(this.dataset.places!);
    // The trip ideas' routes are a layer on top: if they cannot load, the map shows the places without them.
    const routes = this.dataset.itineraries ? get(this.dataset.itineraries).catch(() => undefined) : Promise.resolve(undefined);
    // Leaflet first, then (in a task of its own) markercluster and the map code: evaluated together they
    // were one long task on a phone's CPU.
    import('./leaflet-base')
      .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
      .then(() => import('./map-app'))
      .then((m) => {
        this.#tries.codeLoaded = true;
        return m.startMap(this, places, { fromForm, routes });
      })
      .catch(failed);
  }

  /**
   * After the map's code failed to arrive: reloads the page, which starts the map at once, but only once the
   * network answers (offline, a reload would trade the page for the browser's error page). Rejects if it does not.
   */
  async #reload(mode: StartMode) {
    const probe = await fetch(location.href, { method: 'HEAD', cache: 'no-store' });
    if (!probe.ok) throw new Error(`${probe.status} ${probe.url}`);
    leaveStart(session(), mode);
    location.reload();
  }
}

export function defineMap() {
  if (!customElements.get('jt-map')) customElements.define('jt-map', JtMap);
}
