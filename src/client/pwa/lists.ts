/**
 * <jt-offline-list>: what this device can show without signal.
 * - data-source="saved" (the Saved page): the saved entries, newest first,
 *   each with a Remove button.
 * - data-source="all" (the offline page): saved entries, then every other
 *   page the service worker has kept, titled from the cached HTML.
 * Without JavaScript the element's own text says the list needs it.
 */
import { BASE } from '../../lib/base';
import { DEFAULT_LANG, LOCALE, isLang } from '../../lib/locales';
import { CACHES } from '../../lib/pwa/caches';
import { listablePage, titleOfHtml } from '../../lib/pwa/offline-pages';
import { SAVED_KEY, parseSaved } from '../../lib/pwa/saved';
import { removeEntry } from './save';

function item(href: string, title: string, note?: string): HTMLLIElement {
  const li = document.createElement('li');
  const a = Object.assign(document.createElement('a'), { href, textContent: title });
  li.append(a);
  if (note) li.append(' ', Object.assign(document.createElement('span'), { className: 'small', textContent: note }));
  return li;
}

class OfflineList extends HTMLElement {
  #strings: Record<string, string> = {};

  connectedCallback() {
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>;
    this.querySelector('[data-nojs]')?.remove();
    void this.#render();
  }

  async #render() {
    const list = this.querySelector('ul')!;
    const saved = parseSaved(localStorage.getItem(SAVED_KEY));
    const items: HTMLLIElement[] = [];
    const fmt = new Intl.DateTimeFormat(LOCALE[isLang(document.documentElement.lang) ? document.documentElement.lang : DEFAULT_LANG], {
      dateStyle: 'medium',
    });
    for (const e of saved) {
      const li = item(
        e.url,
        e.title,
        [e.kind, (this.#strings.savedOn ?? '{date}').replace('{date}', fmt.format(new Date(e.savedAt)))].filter(Boolean).join(' · '),
      );
      if (this.dataset.source === 'saved') {
        const remove = Object.assign(document.createElement('button'), {
          type: 'button',
          className: 'button button-quiet',
          textContent: this.#strings.remove ?? 'Remove',
        });
        remove.setAttribute('aria-label', (this.#strings.removeLabel ?? '{title}').replace('{title}', e.title));
        remove.addEventListener('click', () => {
          void removeEntry(e.url).then(() => {
            li.remove();
            const status = this.querySelector('[data-status]');
            if (status) status.textContent = (this.#strings.removed ?? '').replace('{title}', e.title);
            if (!list.children.length) this.#empty(list);
          });
        });
        li.append(' ', remove);
      }
      items.push(li);
    }
    if (this.dataset.source === 'all' && 'caches' in window) {
      const shown = new Set(saved.map((e) => e.url));
      const cache = await caches.open(CACHES.pages);
      for (const req of await cache.keys()) {
        const url = new URL(req.url);
        if (url.origin !== location.origin || shown.has(url.pathname) || !listablePage(BASE, url.pathname)) continue;
        shown.add(url.pathname);
        const html = await (await cache.match(req))?.text();
        items.push(item(url.pathname, titleOfHtml(html ?? '') ?? url.pathname));
      }
    }
    list.replaceChildren(...items);
    if (!items.length) this.#empty(list);
  }

  #empty(list: HTMLUListElement) {
    const p = Object.assign(document.createElement('p'), { textContent: this.#strings.none ?? '' });
    list.replaceWith(p);
  }
}

if (!customElements.get('jt-offline-list')) customElements.define('jt-offline-list', OfflineList);
