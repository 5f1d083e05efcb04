/**
 * <jt-trip>: the trip planner page (src/components/views/TripPage.astro). It reads the plan from the
 * device (./store.ts) or from a share link (`#p=…`, src/lib/trip/codec.ts), the places from
 * /data/places.geojson, and draws the days, the legs, the map, the share link and the exports.
 * Every change is saved at once and announced in a polite live region; the order, days and legs are
 * computed by src/lib/trip/.
 */
import { fill } from '../../lib/text';
import { SAVED_KEY, parseSaved } from '../../lib/pwa/saved';
import { codeFromHash, decodePlan, encodePlan, shareUrl } from '../../lib/trip/codec';
import {
  addStop,
  moveStop,
  placeStop,
  removeStop,
  setDayCount,
  START_POINTS,
  stopsOf,
  withKnownStops,
  type Plan,
  type StartKey,
} from '../../lib/trip/plan';
import { legs, nearestNeighbour, splitDays } from '../../lib/trip/route';
import { todayInJakarta } from '../../lib/events/dates';
import type { LatLng } from '../../lib/geo';
import type { Lang } from '../../lib/locales';
import { readPlan, readPrevious, writePlan, writePrevious } from './store';
import { loadPlaces, type TripPlace } from './places';
import { renderDays, type Strings } from './view';
import { TripMap } from './trip-map';
import { exportLinks } from './export-links';

class TripPlanner extends HTMLElement {
  #s: Strings = {};
  #lang: Lang = 'id';
  #plan: Plan = readPlan();
  #places = new Map<string, TripPlace>();
  #here: LatLng | undefined;
  #map: TripMap | undefined;
  #q = <T extends Element = HTMLElement>(sel: string) => this.querySelector<T>(sel)!;

  connectedCallback() {
    this.#s = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    this.#lang = (this.dataset.lang ?? 'id') as Lang;
    this.querySelector('[data-nojs]')?.remove();
    this.#fromLink();
    void this.#start();
    // A share link opened while the planner is already open changes only the fragment: no new page load.
    addEventListener('hashchange', () => {
      if (codeFromHash(location.hash) === null) return;
      this.#q('[data-alert]').replaceChildren();
      this.#fromLink();
      if (this.#places.size) this.#known();
    });
  }

  /** A share link replaces the plan, keeping the old one for "undo"; a bad link changes nothing and says why. */
  #fromLink() {
    const code = codeFromHash(location.hash);
    if (code === null) return;
    history.replaceState(null, '', location.pathname + location.search);
    const d = decodePlan(code);
    if (!d.ok) {
      const reason = fill(this.#s[`trip.badLink.${d.error}`], { detail: d.detail ?? '' });
      this.#q('[data-alert]').textContent = fill(this.#s['trip.badLink'], { reason });
      return;
    }
    const old = this.#plan;
    if (stopsOf(old).length && encodePlan(old) !== code) writePrevious(old);
    this.#plan = d.plan;
    writePlan(d.plan);
    if (!readPrevious()) return this.#say(this.#s['trip.fromLink'] ?? '');
    const undo = Object.assign(document.createElement('button'), {
      type: 'button',
      className: 'button button-quiet',
      textContent: this.#s['trip.undo'],
    });
    undo.addEventListener('click', () => {
      const prev = readPrevious();
      if (prev) this.#set(prev, this.#s['trip.restored']);
      writePrevious(undefined);
      undo.remove();
    });
    this.#q('[data-alert]').replaceChildren(this.#s['trip.fromLink'] ?? '', ' ', undo);
  }

  async #start() {
    try {
      this.#places = await loadPlaces(this.dataset.places!, this.#lang);
    } catch {
      this.#q('[data-alert]').textContent = this.#s['trip.loadError'] ?? '';
      return;
    }
    this.#wire();
    this.#known();
  }

  /** Leaves out (and names) stops the site no longer has, then draws the plan. */
  #known() {
    const { plan, dropped } = withKnownStops(this.#plan, (id) => this.#places.has(id));
    if (dropped.length) {
      this.#q('[data-alert]').append(' ', fill(this.#s['trip.dropped'], { ids: dropped.join(', ') }));
      this.#plan = plan;
      writePlan(plan);
    }
    this.#render();
  }

  #wire() {
    const form = this.#q<HTMLFormElement>('[data-settings]');
    form.hidden = false;
    (form.elements.namedItem('firstDay') as HTMLInputElement).value = todayInJakarta();
    form.addEventListener('change', (e) => {
      const t = e.target as HTMLInputElement;
      if (t.name === 'start') void this.#setStart(t.value as StartKey);
      if (t.name === 'days') this.#set(setDayCount(this.#plan, Number(t.value) || 1));
      if (t.name === 'firstDay') this.#render();
    });
    this.#q('[data-order]').addEventListener('click', () => void this.#order());
    this.#q('[data-plan]').addEventListener('click', (e) => this.#onButton(e));
    this.#wireDrag();
    this.#q('[data-copy]').addEventListener('click', () => {
      const input = this.#q<HTMLInputElement>('[data-link]');
      input.select();
      void navigator.clipboard?.writeText(input.value).then(() => this.#say(this.#s['trip.copied'] ?? ''));
    });
    this.#q('[data-print]').addEventListener('click', () => print());
  }

  async #setStart(start: StartKey) {
    if (start === 'here' && !this.#here) this.#here = await locate();
    if (start === 'here' && !this.#here) this.#say(this.#s['trip.noLocation'] ?? '');
    this.#set({ ...this.#plan, start });
  }

  #startPoint(): LatLng | undefined {
    return this.#plan.start === 'here' ? this.#here : START_POINTS[this.#plan.start];
  }

  async #order() {
    if (this.#plan.start === 'here' && !this.#here) await this.#setStart('here');
    const stops = stopsOf(this.#plan).map((id) => ({ id, location: this.#places.get(id)! }));
    const ordered = nearestNeighbour(this.#startPoint(), stops);
    const minutes = legs(
      this.#startPoint(),
      ordered.map((s) => s.location),
    ).map((l) => l?.minutes);
    const days = splitDays(
      ordered.map((s) => s.id),
      this.#plan.days.length,
      minutes,
    );
    this.#set({ ...this.#plan, days }, fill(this.#s['trip.ordered'], { days: days.length }));
  }

  #onButton(e: Event) {
    const b = (e.target as Element).closest<HTMLButtonElement>('button[data-action]');
    const id = b?.closest<HTMLElement>('[data-id]')?.dataset.id;
    if (!b || !id) return;
    const name = this.#places.get(id)?.name ?? id;
    const action = b.dataset.action!;
    if (action === 'remove') return this.#set(removeStop(this.#plan, id), fill(this.#s['trip.removed'], { name }));
    this.#set(moveStop(this.#plan, id, action === 'up' ? -1 : 1));
    this.#announceMove(id, name);
    // Keep the keyboard where it was: on the same button of the moved stop, or its other arrow at an end.
    const li = this.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
    const again = li?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
    (again && !again.disabled
      ? again
      : li?.querySelector<HTMLButtonElement>(`[data-action="${action === 'up' ? 'down' : 'up'}"]`)
    )?.focus();
  }

  #announceMove(id: string, name: string) {
    const day = this.#plan.days.findIndex((d) => d.includes(id));
    this.#say(fill(this.#s['trip.moved'], { name, pos: this.#plan.days[day]!.indexOf(id) + 1, day: day + 1 }));
  }

  #wireDrag() {
    const root = this.#q('[data-plan]');
    let dragged: string | undefined;
    root.addEventListener('dragstart', (e) => {
      dragged = (e.target as HTMLElement).closest<HTMLElement>('[data-id]')?.dataset.id;
      if (dragged) e.dataTransfer?.setData('text/plain', dragged);
    });
    root.addEventListener('dragover', (e) => {
      if (dragged && (e.target as Element).closest('ol[data-day]')) e.preventDefault();
    });
    root.addEventListener('drop', (e) => {
      const list = (e.target as Element).closest<HTMLElement>('ol[data-day]');
      if (!dragged || !list) return;
      e.preventDefault();
      const over = (e.target as Element).closest<HTMLElement>('[data-id]');
      const items = [...list.querySelectorAll<HTMLElement>('[data-id]')].map((li) => li.dataset.id);
      const index = over ? items.indexOf(over.dataset.id) : items.length;
      const id = dragged;
      dragged = undefined;
      this.#set(placeStop(this.#plan, id, Number(list.dataset.day), index));
      this.#announceMove(id, this.#places.get(id)?.name ?? id);
    });
  }

  /** Saves and redraws; `message` goes to the live region. */
  #set(plan: Plan, message?: string) {
    this.#plan = plan;
    writePlan(plan);
    this.#render();
    if (message) this.#say(message);
  }

  #say(text: string) {
    const live = this.#q('[data-live]');
    // Emptied first, so the same message twice is announced twice.
    live.textContent = '';
    requestAnimationFrame(() => (live.textContent = text));
  }

  #render() {
    const form = this.#q<HTMLFormElement>('[data-settings]');
    (form.querySelector(`input[name="start"][value="${this.#plan.start}"]`) as HTMLInputElement).checked = true;
    (form.elements.namedItem('days') as HTMLInputElement).value = String(this.#plan.days.length);
    const ids = stopsOf(this.#plan);
    const flat = ids.map((id) => this.#places.get(id)!);
    const start = this.#startPoint();
    const legList = legs(start, flat);
    let n = 0;
    const days = this.#plan.days.map((d) => ({ stops: d.map((id) => ({ place: this.#places.get(id)!, leg: legList[n], number: ++n })) }));
    const root = this.#q('[data-plan]');
    root.replaceChildren(...(ids.length ? renderDays(days, this.#s, this.#lang, ids[0], ids.at(-1)) : []));
    if (!ids.length) root.append(Object.assign(document.createElement('p'), { textContent: this.#s['trip.empty'] }));
    this.#q('[data-hint]').hidden = !ids.length;
    this.#q('[data-share]').hidden = !ids.length;
    this.#q('[data-map-section]').hidden = !ids.length;
    this.#renderSaved(new Set(ids));
    if (!ids.length) return;
    const link = shareUrl(location.href, this.#plan);
    this.#q<HTMLInputElement>('[data-link]').value = link;
    const firstDay = (form.elements.namedItem('firstDay') as HTMLInputElement).value || todayInJakarta();
    void exportLinks(
      this,
      days.map((d) => d.stops.map((s) => s.place)),
      { strings: this.#s, lang: this.#lang, firstDay, link, host: this.dataset.host ?? location.hostname },
    );
    this.#map ??= new TripMap(this.#q('[data-map]'));
    void this.#map.draw(start, flat, (i, p) => fill(this.#s['trip.stopLabel'], { n: i, name: p.name }));
  }

  /** Places from the Saved list that are on the map and not in the plan, each with "Add to trip". */
  #renderSaved(inPlan: Set<string>) {
    const saved = parseSaved(localStorage.getItem(SAVED_KEY));
    const byPath = new Map([...this.#places.values()].flatMap((p) => p.paths.map((path) => [path, p] as const)));
    const offer = [...new Map(saved.flatMap((e) => byPath.get(e.url) ?? []).map((p) => [p.id, p])).values()].filter(
      (p) => !inPlan.has(p.id),
    );
    const section = this.#q('[data-saved]');
    section.hidden = !offer.length;
    section.querySelector('ul')!.replaceChildren(
      ...offer.map((p) => {
        const add = Object.assign(document.createElement('button'), {
          type: 'button',
          className: 'button button-quiet',
          textContent: this.#s['trip.add'],
        });
        add.setAttribute('aria-label', fill(this.#s['trip.addLabel'], { name: p.name }));
        add.addEventListener('click', () => this.#set(addStop(this.#plan, p.id), fill(this.#s['trip.added'], { name: p.name })));
        const li = document.createElement('li');
        li.append(Object.assign(document.createElement('a'), { href: p.url, textContent: p.name }), ' ', add);
        return li;
      }),
    );
  }
}

/** The visitor's position, asked only when they choose "my location"; kept in memory, never stored or shared. */
function locate(): Promise<LatLng | undefined> {
  return new Promise((resolve) => {
    if (!('geolocation' in navigator)) return resolve(undefined);
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lat: p.coords.latitude, lng: p.coords.longitude }),
      () => resolve(undefined),
      { timeout: 15_000, maximumAge: 300_000 },
    );
  });
}

if (!customElements.get('jt-trip')) customElements.define('jt-trip', TripPlanner);
