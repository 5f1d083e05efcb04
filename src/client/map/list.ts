/**
 * The big map's "in this view" list: a button per place or route (a click
 * opens its popup), a route's page link, and the status line above it. What it says comes from
 * src/lib/map/list.ts; this module only draws it.
 */
import type { ListModel } from '../../lib/map/list';

export interface PlaceList {
  /** Replaces the list and the status line. */
  render(model: ListModel): void;
  /**
   * Marks the list busy (aria-busy) while the markers and the list are redrawn: a screen reader reads it
   * once it is done, and a script (the e2e tests) can wait for the end before it clicks a listed place.
   */
  busy(on: boolean): void;
  /** The button of a listed place, if it is listed. */
  buttonFor(id: string): HTMLButtonElement | null;
}

/** The list in `list` with its status line `status`; `pick` is called with a place's id when its button is pressed. */
export function createList(list: HTMLOListElement, status: HTMLElement, pick: (id: string) => void): PlaceList {
  list.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-id]');
    if (button) pick(button.dataset.id!);
  });
  const doc = list.ownerDocument;
  return {
    render({ entries, status: text }) {
      list.replaceChildren(
        ...entries.map(({ id, name, meta, link }) => {
          const li = doc.createElement('li');
          const button = Object.assign(doc.createElement('button'), { type: 'button' });
          button.dataset.id = id;
          const strong = Object.assign(doc.createElement('strong'), { textContent: name });
          const small = Object.assign(doc.createElement('span'), { className: 'small', textContent: meta });
          button.append(strong, small);
          li.append(button);
          if (link) {
            // A route's page, beside its button (the button opens the route's popup, as a place's does).
            const a = Object.assign(doc.createElement('a'), { href: link.href, className: 'small map-list-link', textContent: link.text });
            a.append(Object.assign(doc.createElement('span'), { className: 'visually-hidden', textContent: `: ${name}` }));
            li.append(a);
          }
          return li;
        }),
      );
      status.textContent = text;
    },
    busy(on) {
      if (on) list.setAttribute('aria-busy', 'true');
      else list.removeAttribute('aria-busy');
    },
    buttonFor: (id) => list.querySelector<HTMLButtonElement>(`button[data-id="${CSS.escape(id)}"]`),
  };
}
