/**
 * <jt-search>: runs Pagefind on the search page. The Pagefind bundle is
 * imported only when this element is used, never on other pages.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const MESSAGES = {
  id: { loading: 'Memuat pencarian…', none: 'Tidak ada hasil untuk “{q}”.', count: '{n} hasil untuk “{q}”.' },
  en: { loading: 'Loading search…', none: 'No results for “{q}”.', count: '{n} results for “{q}”.' },
} as const;

class JtSearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;

  connectedCallback() {
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    const form = this.querySelector('form');
    if (!input || !form) return;
    this.querySelector('[data-nojs]')?.remove();
    const q = new URLSearchParams(location.search).get('q') ?? '';
    input.value = q;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const url = new URL(location.href);
      url.searchParams.set('q', input.value);
      history.pushState(null, '', url);
      void this.run(input.value);
    });
    addEventListener('popstate', () => {
      input.value = new URLSearchParams(location.search).get('q') ?? '';
      void this.run(input.value);
    });
    if (q) void this.run(q);
  }

  load(): Promise<Pagefind> {
    this.#pagefind ??= import(/* @vite-ignore */ `${this.dataset.bundle}pagefind.js`).then(async (pf: Pagefind) => {
      await pf.options({ excerptLength: 24 });
      return pf;
    });
    return this.#pagefind;
  }

  async run(query: string) {
    const lang = this.dataset.lang === 'en' ? 'en' : 'id';
    const m = MESSAGES[lang];
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-results]')!;
    list.replaceChildren();
    if (!query.trim()) {
      status.textContent = '';
      return;
    }
    status.textContent = m.loading;
    const pf = await this.load();
    const search = await pf.search(query);
    const data = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    status.textContent = (data.length ? m.count : m.none).replace('{n}', String(search.results.length)).replace('{q}', query);
    for (const d of data) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = d.url;
      a.textContent = d.meta.title ?? d.url;
      const p = document.createElement('p');
      // Pagefind's excerpt is escaped HTML whose only markup is <mark>.
      p.innerHTML = d.excerpt;
      const badge = document.createElement('span');
      badge.className = 'badge';
      badge.textContent = [d.meta.type, d.meta.district].filter(Boolean).join(' · ');
      li.append(a, ' ', badge, p);
      list.append(li);
    }
  }
}

export function defineSearch() {
  if (!customElements.get('jt-search')) customElements.define('jt-search', JtSearch);
}
