/**
 * The plan as HTML: one section per day, an ordered list of stops each with its leg (straight-line
 * distance and a rough drive time, labelled approximate) and its Up, Down and Remove buttons. Built
 * with DOM calls (never innerHTML), so names from the data cannot inject markup.
 */
import { formatKm } from '../../lib/geo';
import { fill } from '../../lib/text';
import type { Leg } from '../../lib/trip/route';
import type { Lang } from '../../lib/locales';
import type { TripPlace } from './places';

export type Strings = Record<string, string>;

export function durationText(minutes: number, s: Strings): string {
  if (minutes < 60) return fill(s['trip.minutes'], { n: minutes });
  return fill(s['trip.hours'], { h: Math.floor(minutes / 60), m: minutes % 60 });
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...kids: (Node | string)[]) => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...kids);
  return e;
};

function button(action: string, text: string, label: string, disabled = false): HTMLButtonElement {
  const b = el('button', { type: 'button', className: 'button button-quiet trip-btn', textContent: text, disabled });
  b.dataset.action = action;
  b.setAttribute('aria-label', label);
  return b;
}

export interface DayView {
  stops: { place: TripPlace; leg: Leg | undefined; number: number }[];
}

/** The plan's days. `first` and `last` are the ids at the trip's two ends (their Up or Down does nothing). */
export function renderDays(days: readonly DayView[], s: Strings, lang: Lang, first?: string, last?: string): HTMLElement[] {
  return days.map((day, d) => {
    const title = fill(s['trip.day'], { n: d + 1 });
    const id = `trip-day-${d + 1}`;
    const list = el('ol', { className: 'trip-stops' });
    list.dataset.day = String(d);
    list.setAttribute('aria-labelledby', id);
    for (const { place, leg, number } of day.stops) {
      const name = place.name;
      const li = el('li', { className: 'trip-stop', draggable: true });
      li.dataset.id = place.id;
      li.value = number;
      const legText = leg
        ? fill(s[number === 1 ? 'trip.legStart' : 'trip.leg'], { km: formatKm(leg.km, lang), time: durationText(leg.minutes, s) })
        : '';
      li.append(
        el('span', { className: 'trip-num', ariaHidden: 'true' }, String(number)),
        el(
          'span',
          { className: 'trip-name' },
          el('a', { href: place.url }, name),
          ...(legText ? [el('span', { className: 'small trip-leg' }, legText)] : []),
        ),
        el(
          'span',
          { className: 'trip-actions no-print' },
          button('up', s['trip.up'] ?? 'Up', fill(s['trip.upLabel'], { name }), place.id === first),
          button('down', s['trip.down'] ?? 'Down', fill(s['trip.downLabel'], { name }), place.id === last),
          button('remove', s['trip.remove'] ?? 'Remove', fill(s['trip.removeLabel'], { name })),
        ),
      );
      list.append(li);
    }
    const section = el('section', { className: 'trip-day' }, el('h2', { id, textContent: title }));
    section.append(day.stops.length ? list : el('p', { className: 'small' }, s['trip.dayEmpty'] ?? ''));
    // An empty day still takes dropped stops.
    if (!day.stops.length) section.append(list);
    return section;
  });
}
