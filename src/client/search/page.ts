/**
 * <jt-search>: the search page. It enhances a plain GET form (`q` and one
 * checkbox per filter value), so the URL is the form's own state and a
 * search can be shared, reloaded, and walked with back and forward.
 *
 * Nothing is fetched from Pagefind until there is something to search for.
 * The results map (../search-map.ts, with Leaflet) loads when asked for.
 */
import { fill } from '../../lib/text';
import { statusText } from '../../lib/search/status';
import { SEARCH_FACETS, type SearchFacet } from '../../lib/search/fields';
import { isBlank, readState, selectedCount, writeState, type KnownValues, type SearchState } from '../../lib/search/state';
import { FEW_RESULTS, unmatched } from '../../lib/search/suggest';
import { loadPagefind, runSearch, suggestionsFor, type Outcome, type Result } from './engine';
import { arrowKeys, resultItem } from './results';
import { partsMark, partsMissingSince } from './offline-parts';
import { showHelp } from './help';
import type { MapPoint, ResultsMap } from '../search-map';

/** UI strings, rendered by SearchPage.astro from src/i18n (keys without the `search.` prefix). */
type Strings = Record<
  | 'loading'
  | 'error'
  | 'offline'
  | 'offlinePartial'
  | 'hint'
  | 'none'
  | 'noneFiltered'
  | 'shown'
  | 'countOne'
  | 'countOther'
  | 'countForOne'
  | 'countForOther'
  | 'mapNone'
  | 'mapFailed'
  | 'aka',
  string
>;

/** Results per page; "load more" adds as many again. */
const PAGE = 10;
/** Pause after the last keystroke before searching (Pagefind's debouncedSearch). */
const TYPING_MS = 250;

class JtSearch extends HTMLElement {
  #strings!: Strings;
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLElement;
  #suggest!: HTMLElement;
  #help!: HTMLElement;
  #facets!: HTMLDetailsElement;
  #known: KnownValues = {};
  #results: Result[] = [];
  #shown = 0;
  #run = 0;
  #map?: Promise<ResultsMap> | undefined;
  #counted?: boolean;

  connectedCallback() {
    const $ = <T extends Element>(s: string) => this.querySelector<T>(s)!;
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    this.#form = $('form');
    this.#input = $('input[name="q"]');
    this.#status = $('[data-status]');
    this.#list = $('[data-results]');
    this.#more = $('[data-more]');
    this.#suggest = $('[data-suggest]');
    this.#help = $('[data-help]');
    this.querySelector('[data-nojs]')?.remove();
    this.querySelectorAll<HTMLElement>('[data-js]').forEach((e) => (e.hidden = false));
    // A sidebar on a wide screen (search.css): open there; folded on a phone until asked for.
    this.#facets = $<HTMLDetailsElement>('details[data-facets]');
    if (matchMedia('(min-width: 56rem)').matches) this.#facets.open = true;
    // Opened on a phone: now the counts are seen, so the search runs again with them (loading the filter index).
    this.#facets.addEventListener('toggle', () => this.#facets.open && this.#counted === false && void this.#search(0));
    for (const facet of SEARCH_FACETS) this.#known[facet] = new Set(this.#boxes(facet).map((b) => b.value));

    this.#form.addEventListener('submit', (e) => (e.preventDefault(), this.#commit()));
    // The checkboxes sit beside the form (form="…"), so listen on the element.
    this.addEventListener('change', (e) => (e.target as HTMLInputElement).type === 'checkbox' && this.#commit());
    this.#input.addEventListener('input', () => this.#typed());
    // Whoever focuses the box is about to search: start fetching Pagefind now.
    this.#input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
    this.#input.addEventListener('keydown', (e) => e.key === 'ArrowDown' && this.#focusResult(0, e));
    $<HTMLButtonElement>('[data-clear]').addEventListener(
      'click',
      () => (this.#setState({ q: this.#input.value, selected: {} }), this.#commit()),
    );
    $<HTMLButtonElement>('[data-more] button').addEventListener('click', () => void this.#showMore(true));
    this.#suggest.addEventListener('click', (e) => this.#followSuggestion(e));
    $<HTMLButtonElement>('[data-map-toggle]').addEventListener('click', (e) => this.#toggleMap(e.currentTarget as HTMLButtonElement));
    arrowKeys(this.#list, 'a[data-result-link]', () => this.#input.focus());
    addEventListener('popstate', () => this.#restore());
    this.#restore();
  }

  #boxes(facet?: SearchFacet) {
    return [...this.querySelectorAll<HTMLInputElement>(`input[type="checkbox"]${facet ? `[name="${facet}"]` : ''}`)];
  }

  #state(): SearchState {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(this.#form)) if (typeof v === 'string') params.append(k, v);
    return readState(params, this.#known);
  }

  #setState(s: SearchState) {
    this.#input.value = s.q;
    for (const box of this.#boxes()) box.checked = !!s.selected[box.name as SearchFacet]?.includes(box.value);
  }

  /** Puts the state in the URL: a new history entry for a deliberate step, the same one while typing. */
  #toUrl(push: boolean) {
    const query = writeState(this.#state()).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (push) history.pushState({ typing: false }, '', url);
    else if ((history.state as { typing?: boolean } | null)?.typing) history.replaceState({ typing: true }, '', url);
    else history.pushState({ typing: true }, '', url);
  }

  #commit() {
    this.#toUrl(true);
    void this.#search(0);
  }

  #typed() {
    this.#toUrl(false);
    void this.#search(TYPING_MS);
  }

  /** Back, forward, reload or first load: the URL says what to show. */
  #restore() {
    this.#setState(readState(new URLSearchParams(location.search), this.#known));
    void this.#search(0);
  }

  async #search(debounceMs: number) {
    const run = ++this.#run;
    const state = this.#state();
    const ticked = selectedCount(state.selected);
    this.querySelector<HTMLElement>('[data-clear]')!.hidden = !ticked;
    this.querySelector<HTMLElement>('[data-active]')!.textContent = ticked ? `(${ticked})` : '';
    if (isBlank(state)) return this.#show(state, { results: [], counts: {} }, true);
    this.#list.setAttribute('aria-busy', 'true');
    if (!this.#results.length) this.#status.textContent = this.#strings.loading;
    try {
      const mark = partsMark();
      const outcome = await runSearch(state, { debounceMs, counts: this.#facets.open });
      if (outcome && run === this.#run) await this.#show(state, outcome, false, await partsMissingSince(mark));
    } catch {
      // Offline, a query fails when it needs an index chunk this device has not stored: say so plainly.
      if (run !== this.#run) return;
      this.#status.textContent = navigator.onLine ? this.#strings.error : this.#strings.offline;
      showHelp(this.#help, { empty: true, offline: !navigator.onLine, notes: [] });
    } finally {
      if (run === this.#run) this.#list.removeAttribute('aria-busy');
    }
  }

  /** `lacking`: the search ran on part of the index (some files neither stored on this device nor fetched: ./offline-parts.ts). */
  async #show(state: SearchState, outcome: Outcome, blank: boolean, lacking = false) {
    const run = this.#run;
    this.#results = outcome.results;
    this.#shown = 0;
    this.#updateCounts(outcome, blank);
    await this.#showMore(false, true);
    if (run !== this.#run) return;
    const n = this.#results.length;
    // eslint-disable-next-line compat/compat -- feature-detected by `?.`: without service workers nobody reports missing parts
    const [offline, worker] = [!navigator.onLine, !!navigator.serviceWorker?.controller];
    const plural = new Intl.PluralRules(document.documentElement.lang).select(n) === 'one' ? 'one' : 'other';
    this.#status.textContent = statusText(this.#strings, { q: state.q, n, blank, lacking, offlineUnknown: offline && !worker, plural });
    showHelp(this.#help, { empty: !blank && !n, offline, notes: outcome.notes ?? [] });
    await this.#offerSuggestions(state.q, n, run);
  }

  /** Shows the next page of results (or the first, replacing the list); `focus` moves the keyboard to the first new one. */
  async #showMore(focus: boolean, replace = false) {
    const run = this.#run;
    const next = this.#results.slice(this.#shown, this.#shown + PAGE);
    const data = await Promise.all(next.map((r) => r.data()));
    if (run !== this.#run) return;
    const items = data.map((d, i) => resultItem(next[i]!.id, d, this.#strings.aka));
    if (replace) this.#list.replaceChildren(...items);
    else this.#list.append(...items);
    if (focus) this.#focusResult(this.#shown);
    this.#shown += next.length;
    const rest = this.#results.length - this.#shown;
    this.#more.hidden = rest <= 0;
    this.#more.querySelector('[data-shown]')!.textContent = fill(this.#strings.shown, { shown: this.#shown, count: this.#results.length });
    void this.#plot();
  }

  #focusResult(index: number, event?: Event) {
    const link = this.#list.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')[index];
    if (!link) return;
    event?.preventDefault();
    link.focus();
  }

  /** Facet counts follow the results; values with nothing to add are hidden unless ticked. */
  #updateCounts(outcome: Outcome, blank: boolean) {
    // Not counted (the filters were folded): every value stays, without a number, until the panel opens.
    const known = blank || outcome.counted !== false;
    this.#counted = known;
    for (const facet of SEARCH_FACETS) {
      const group = this.querySelector<HTMLElement>(`[data-facet="${facet}"]`);
      let visible = 0;
      for (const box of this.#boxes(facet)) {
        const count = blank ? Number(box.dataset.total) : (outcome.counts[facet]?.[box.value] ?? 0);
        const item = box.closest('li')!;
        item.querySelector('[data-count]')!.textContent = String(count);
        item.querySelector<HTMLElement>('.count')!.hidden = !known;
        item.hidden = known && !count && !box.checked;
        if (!item.hidden) visible++;
      }
      if (group) group.hidden = !visible;
    }
  }

  /** "Did you mean", when the query found little, or found only something else (see unmatched()). */
  async #offerSuggestions(q: string, n: number, run: number) {
    this.#suggest.hidden = true;
    const excerpts = [...this.#list.querySelectorAll('.result-excerpt')].map((p) => p.innerHTML);
    if (!q || (n > FEW_RESULTS && !unmatched(q, excerpts))) return;
    const found = await suggestionsFor(q).catch(() => []);
    if (run !== this.#run || !found.length) return;
    const links = found.map((s) => {
      const a = document.createElement('a');
      a.href = `?${writeState({ q: s, selected: {} }).toString()}`;
      a.dataset.suggestion = s;
      a.textContent = s;
      return a;
    });
    this.#suggest.querySelector('[data-suggestions]')!.replaceChildren(...links.flatMap((a, i) => (i ? [', ', a] : [a])));
    this.#suggest.hidden = false;
  }

  #followSuggestion(event: MouseEvent) {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-suggestion]');
    if (!link) return;
    event.preventDefault();
    this.#input.value = link.dataset.suggestion!;
    this.#commit();
    this.#input.focus();
  }

  #toggleMap(button: HTMLButtonElement) {
    const on = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(on));
    this.querySelector<HTMLElement>('[data-map]')!.hidden = !on;
    if (on) void this.#plot();
  }

  /** Puts the listed results that have coordinates on the map, when the map is open. */
  async #plot() {
    const holder = this.querySelector<HTMLElement>('[data-map]')!;
    if (holder.hidden) return;
    this.#map ??= import('../search-map').then((m) =>
      m.createResultsMap(holder.querySelector<HTMLElement>('[data-map-canvas]')!, (id) => this.#select(id)),
    );
    const note = holder.querySelector<HTMLElement>('[data-map-note]')!;
    try {
      const map = await this.#map;
      const points: MapPoint[] = [...this.#list.querySelectorAll<HTMLElement>('li[data-lat]')].map((li) => ({
        id: li.dataset.id!,
        lat: Number(li.dataset.lat),
        lng: Number(li.dataset.lng),
        title: li.querySelector('a')!.textContent ?? '',
        type: li.dataset.type as MapPoint['type'],
        category: li.dataset.category,
        precision: li.dataset.precision as MapPoint['precision'],
      }));
      map.show(points);
      note.textContent = points.length ? '' : this.#strings.mapNone;
    } catch {
      this.#map = undefined;
      note.textContent = this.#strings.mapFailed;
    }
  }

  /** A marker was chosen: highlight its result and take the keyboard there. */
  #select(id: string) {
    for (const li of this.#list.querySelectorAll<HTMLElement>('li.result')) {
      const on = li.dataset.id === id;
      li.classList.toggle('is-selected', on);
      if (on) li.querySelector<HTMLAnchorElement>('a[data-result-link]')!.focus();
    }
  }
}

export function defineSearch() {
  if (!customElements.get('jt-search')) customElements.define('jt-search', JtSearch);
}
