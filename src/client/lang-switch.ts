/**
 * The header's language link keeps what the visitor is looking at: the
 * search's words and filters, the map's view and filters. Both live in the
 * address's query (src/lib/search/state.ts, src/lib/map/state.ts) with the
 * same keys and values in every language (`?q=pantai&category=beach`,
 * `?lat=…&lng=…&zoom=…`), so the other language's page reads them as they
 * are; only the path is translated, at build time. The link is written just
 * before it is used, because the pages rewrite their address as the visitor
 * types or pans. Without JavaScript it is a plain link to the other page.
 */
const carry = (event: Event) => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-lang-switch]');
  if (!link) return;
  link.dataset.path ??= link.getAttribute('href') ?? '';
  link.href = `${link.dataset.path}${location.search}${location.hash}`;
};
// Capture: before the browser follows the link (click, Enter, middle click) or shows it (hover, focus, long press).
for (const type of ['pointerdown', 'focusin', 'mouseover', 'click', 'auxclick', 'contextmenu'])
  document.addEventListener(type, carry, true);
