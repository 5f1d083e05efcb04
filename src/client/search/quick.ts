/**
 * Quick results under the header search box: the first few results as the
 * visitor types, and a link to all of them on the search page. Loaded by
 * <jt-search-box> (./box.ts) on first use. Escape closes the list, arrow keys
 * walk it, Enter in the box still submits the form to the search page.
 */
import { fill } from '../../lib/text';
import { runSearch } from './engine';
import { arrowKeys, quickItem } from './results';
import { partsMark, partsMissingSince } from './offline-parts';

/** Results shown under the box; the search page has the rest. */
const QUICK = 5;
const TYPING_MS = 200;

type Strings = Record<'loading' | 'none' | 'seeAll' | 'error' | 'offline', string>;

export function attachQuick(box: HTMLElement, input: HTMLInputElement) {
  const strings = JSON.parse(box.dataset.strings ?? '{}') as Strings;
  const panel = box.querySelector<HTMLElement>('[data-quick]')!;
  const status = panel.querySelector<HTMLElement>('[data-quick-status]')!;
  const list = panel.querySelector<HTMLUListElement>('ul')!;
  const all = panel.querySelector<HTMLAnchorElement>('[data-quick-all]')!;
  let run = 0;

  const close = () => {
    run++;
    panel.hidden = true;
  };

  async function update() {
    const q = input.value.trim();
    const mine = ++run;
    if (!q) return close();
    panel.hidden = false;
    all.href = `${box.querySelector('form')!.getAttribute('action')}?${new URLSearchParams({ q })}`;
    all.textContent = fill(strings.seeAll, { q });
    if (!list.children.length) status.textContent = strings.loading;
    try {
      const mark = partsMark();
      // No facet counts here, so no filter index; only the results shown are read to tell noise.
      const outcome = await runSearch({ q, selected: {} }, { debounceMs: TYPING_MS, counts: false, check: QUICK });
      if (!outcome || mine !== run) return;
      const lacking = await partsMissingSince(mark);
      const data = await Promise.all(outcome.results.slice(0, QUICK).map((r) => r.data()));
      if (mine !== run) return;
      list.replaceChildren(...data.map(quickItem));
      // Offline, nothing found may mean an index part was never stored on this device (./offline-parts.ts).
      status.textContent = data.length ? '' : lacking || !navigator.onLine ? strings.offline : fill(strings.none, { q });
    } catch {
      if (mine === run) status.textContent = navigator.onLine ? strings.error : strings.offline;
    }
  }

  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      close();
    } else if (event.key === 'Escape') {
      input.blur();
    } else if (event.key === 'ArrowDown' && !panel.hidden) {
      event.preventDefault();
      panel.querySelector<HTMLAnchorElement>('a')?.focus();
    }
  });
  arrowKeys(panel, 'a', () => (input.focus(), close()));
  // Leaving the box and its list (Tab away, click elsewhere) closes the list.
  box.addEventListener('focusout', (event) => {
    if (!box.contains(event.relatedTarget as Node | null)) close();
  });
  if (input.value.trim()) void update();
}
