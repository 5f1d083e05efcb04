/**
 * How a search result is drawn: the full item on the search page and the
 * short one in the header's quick results. Built with DOM calls, never by
 * pasting HTML, except Pagefind's excerpt, which is reduced to text and <mark>.
 */
import type { ResultData } from './engine';
import { fill } from '../../lib/text';
import { SEARCH_KEYWORDS_ID, wordsOf } from '../../lib/search/synonyms';
import { wordsAt } from '../../lib/search/noise';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Pagefind's excerpt (escaped text with <mark> around matches) as safe nodes. */
export function excerptNodes(html: string): Node[] {
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  return [...tpl.content.childNodes].map((n) =>
    n.nodeName === 'MARK' ? el('mark', {}, n.textContent ?? '') : document.createTextNode(n.textContent ?? ''),
  );
}

/** Escapes text for the excerpt's markup (text and <mark> only). */
const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Words of a snippet that does not start at a match: the page's text from its title on. */
const LEAD_WORDS = 26;

/**
 * What a result shows under its title: a snippet of the page's text, never
 * of its hidden list of other names and synonyms (which sits in its own
 * section, #search-keywords: see EntryLayout.astro), and the other names that
 * matched, for an "also known as" line. The text section with the most
 * matches gives the snippet; when only the hidden list matched, the snippet
 * is the page's lead, from its title on.
 */
export function snippetOf(data: ResultData): { excerpt: string; aka: string[] } {
  const subs = data.sub_results ?? [];
  const hidden = subs.find((s) => s.url.endsWith(`#${SEARCH_KEYWORDS_ID}`));
  const text = subs.filter((s) => s !== hidden && s.locations.length).sort((a, b) => b.locations.length - a.locations.length)[0];
  const matched = new Set(hidden ? wordsAt(data.content, hidden.locations) : []);
  const aliases = (data.meta.aliases ?? '').split(', ').filter(Boolean);
  const aka = aliases.filter((a) => wordsOf(a).some((w) => matched.has(w)));
  if (text) return { excerpt: text.excerpt, aka };
  if (!hidden) return { excerpt: data.excerpt, aka };
  const tokens = data.content.split(/\s+/);
  const title = data.meta.title ? data.content.indexOf(data.meta.title) : -1;
  const start = title < 0 ? 0 : data.content.slice(0, title).split(/\s+/).filter(Boolean).length;
  return { excerpt: escape(tokens.slice(start, start + LEAD_WORDS).join(' ')), aka };
}

/** Latitude and longitude from a result's metadata, when it has both. */
export function pointOf(data: ResultData): { lat: number; lng: number } | undefined {
  const lat = Number(data.meta.lat);
  const lng = Number(data.meta.lng);
  return data.meta.lat && data.meta.lng && Number.isFinite(lat) && Number.isFinite(lng) ? { lat, lng } : undefined;
}

const badge = (text: string) => el('li', { className: 'badge' }, text);

/** A result on the search page: thumbnail, title link, type and district badges, event date, snippet, other names. `akaLabel`: "also known as {names}". */
export function resultItem(id: string, data: ResultData, akaLabel: string): HTMLLIElement {
  const { meta } = data;
  const li = el('li', { className: 'result' });
  li.dataset.id = id;
  const point = pointOf(data);
  if (point) Object.assign(li.dataset, { lat: String(point.lat), lng: String(point.lng), precision: meta.precision ?? 'exact' });
  const type = data.filters?.['type']?.[0];
  const category = data.filters?.['category']?.[0];
  if (type) li.dataset.type = type;
  if (category) li.dataset.category = category;
  const link = el('a', { href: data.url }, meta.title ?? data.url);
  link.dataset.resultLink = '';
  const badges = el('ul', { className: 'badges' }, ...[meta.type, meta.district].filter((b): b is string => !!b).map(badge));
  const body = el('div', { className: 'result-body' }, el('h3', {}, link), badges);
  if (meta.date) body.append(el('p', { className: 'result-date' }, meta.date));
  const { excerpt, aka } = snippetOf(data);
  body.append(el('p', { className: 'result-excerpt' }, ...excerptNodes(excerpt)));
  if (aka.length) body.append(el('p', { className: 'result-aka' }, fill(akaLabel, { names: aka.join(', ') })));
  // The thumbnail repeats what the title says: decorative, so alt="".
  if (meta.image)
    li.append(
      el('img', { className: 'result-thumb', src: meta.image, alt: '', loading: 'lazy', decoding: 'async', width: 128, height: 80 }),
    );
  li.append(body);
  return li;
}

/** A result in the header's quick list: the title link and a short "type · district" line. */
export function quickItem(data: ResultData): HTMLLIElement {
  const link = el('a', { href: data.url }, el('span', { className: 'quick-title' }, data.meta.title ?? data.url));
  const line = [data.meta.type, data.meta.district].filter(Boolean).join(' · ');
  if (line) link.append(el('span', { className: 'quick-meta' }, line));
  return el('li', {}, link);
}

/**
 * Arrow keys between the links of a list (ArrowUp/ArrowDown, Home/End), and
 * Escape back to where the search was typed. Tab still works as usual.
 */
export function arrowKeys(list: HTMLElement, links: string, onEscape: () => void) {
  list.addEventListener('keydown', (event) => {
    const all = [...list.querySelectorAll<HTMLAnchorElement>(links)];
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[event.key];
    if (event.key === 'Escape') onEscape();
    else if (to === undefined || at < 0) return;
    else if (to < 0) onEscape();
    else all[Math.min(to, all.length - 1)]?.focus();
    event.preventDefault();
  });
}
