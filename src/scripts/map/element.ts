/**
 * <jt-map>: the big map's custom element. It stays a few hundred bytes: the
 * map itself (Leaflet, markercluster, ./map-app.ts) is imported only when the
 * element comes near the screen. Until then, and without JavaScript, the page
 * shows its list of places by district.
 */
class JtMap extends HTMLElement {
  connectedCallback() {
    const io = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        io.disconnect();
        // The places and the map code download side by side, not one after the other.
        const places = fetch(this.dataset.places!).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${r.status} ${r.url}`))));
        // Leaflet first, then (in a task of its own) markercluster and the map code: evaluated together they
        // were one long task on a phone's CPU.
        import('./leaflet-base')
          .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
          .then(() => import('./map-app'))
          .then((m) => m.startMap(this, places))
          .catch((err: unknown) => {
            this.querySelector('[data-status]')!.textContent = this.dataset.loadError ?? '';
            throw err;
          });
      },
      { rootMargin: '200px' },
    );
    io.observe(this);
  }
}

export function defineMap() {
  if (!customElements.get('jt-map')) customElements.define('jt-map', JtMap);
}
