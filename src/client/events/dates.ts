/**
 * <jt-event-dates>: re-decides "upcoming" and "past" against the visitor's
 * date, so a page built in March is still right in July. The page already
 * shows the build-time state (and says "as of <build day>"); this element
 * only changes it when the visitor's day in Jakarta differs from the build day.
 * It uses no recurrence library: the build lists each event's days (rrule,
 * see DAY_WINDOW in src/lib/events/schedule.ts) and the decision is `dayState`, the
 * function the build itself used.
 *
 * Host attributes: `data-build-day`, `data-lang`, `data-upcoming-label`,
 * `data-past-label`; `data-layout="groups"` (events index: upcoming by month,
 * past by year, built from `<template data-group-template>`; a section with
 * `data-hide-empty` is hidden while it has no events) or
 * `data-layout="list"` with `data-limit` (home page: the next N of the
 * events listed, which are siblings).
 *
 * Event attributes (on the host or on an item inside it): `data-days` (start
 * days, space-separated), `data-span` (days an occurrence lasts after its
 * start), `data-recurring`, `data-template` (card line with `{date}`),
 * `data-rule` (card line when no day is listed), `data-around` ("around
 * {date}" for approximate dates), `data-precision="month"` (only the month is known: shown
 * as "Desember 2027").
 *
 * Inside an event: `[data-status-label]`, `[data-date-label]`,
 * `[data-next-list]`, `[data-previous]`, `[data-when-upcoming]` (hidden once past).
 */
import { dayState, formatDay, formatMonth, occurrenceText, todayInJakarta, type DayState } from '../../lib/events/dates';
import type { Lang } from '../../content/vocab';

interface Decided extends DayState {
  el: HTMLElement;
  /** Sort day: next start when upcoming, last start when past. */
  day: string;
}

const byDay = (a: Decided, b: Decided) => a.day.localeCompare(b.day);

class JtEventDates extends HTMLElement {
  #lang: Lang = 'id';

  connectedCallback() {
    const today = todayInJakarta();
    if (!this.dataset.buildDay || today === this.dataset.buildDay) return;
    this.#lang = this.dataset.lang === 'en' ? 'en' : 'id';
    const items = [this, ...this.querySelectorAll<HTMLElement>('[data-days]')].filter((el) => el.dataset.days !== undefined);
    const decided = items.map((el) => this.decide(el, today));
    decided.forEach((d) => this.relabel(d));
    if (this.dataset.layout === 'groups') this.regroup(decided);
    if (this.dataset.layout === 'list') this.relist(decided, Number(this.dataset.limit ?? 3));
    for (const el of this.querySelectorAll<HTMLElement>('[data-as-of]'))
      el.textContent = (el.dataset.template ?? '{date}').replace('{date}', formatDay(today, this.#lang, false));
  }

  decide(el: HTMLElement, today: string): Decided {
    const days = (el.dataset.days ?? '').split(' ').filter(Boolean);
    const count = el.querySelector('[data-next-list]')?.children.length || 3;
    const state = dayState(days, Number(el.dataset.span ?? 0), today, el.dataset.recurring !== undefined, count);
    return { el, ...state, day: state.next[0] ?? (state.status === 'upcoming' ? '' : (days.at(-1) ?? '')) };
  }

  /** One occurrence's date as the page writes it. */
  occurrence(el: HTMLElement, day: string): string {
    return occurrenceText(day, this.#lang, el.dataset.around, el.dataset.precision === 'month');
  }

  relabel({ el, status, next, previous }: Decided) {
    el.dataset.status = status;
    const own = (selector: string) => [...el.querySelectorAll<HTMLElement>(selector)];
    for (const label of own('[data-status-label]'))
      label.textContent = (status === 'upcoming' ? this.dataset.upcomingLabel : this.dataset.pastLabel) ?? status;
    for (const when of own('[data-when-upcoming]')) when.hidden = status !== 'upcoming';
    const template = el.dataset.template;
    if (template) {
      for (const label of own('[data-date-label]'))
        label.textContent = next[0] ? template.replace('{date}', this.occurrence(el, next[0])) : (el.dataset.rule ?? '');
    }
    for (const list of own('[data-next-list]')) {
      list.replaceChildren(...next.map((d) => this.timeItem(el, d)));
      list.hidden = next.length < 2;
    }
    for (const prev of own('[data-previous]')) {
      prev.hidden = !previous;
      if (previous) {
        // The page has no <time> here when the event had not been held on the build day.
        const time = prev.querySelector('time') ?? prev.appendChild(document.createElement('time'));
        time.dateTime = previous;
        time.textContent = this.occurrence(el, previous);
      }
    }
  }

  timeItem(el: HTMLElement, day: string): HTMLLIElement {
    const li = document.createElement('li');
    const time = li.appendChild(document.createElement('time'));
    time.dateTime = day;
    time.textContent = this.occurrence(el, day);
    return li;
  }

  /** Events index: upcoming soonest first by month, past most recent first by year. */
  regroup(decided: Decided[]) {
    const template = this.querySelector<HTMLTemplateElement>('template[data-group-template]');
    if (!template) return;
    for (const status of ['upcoming', 'past'] as const) {
      const section = this.querySelector(`[data-section="${status}"]`);
      const container = section?.querySelector('[data-groups]');
      if (!section || !container) continue;
      const mine = decided.filter((d) => d.status === status).sort(byDay);
      if (status === 'past') mine.reverse();
      const groups = new Map<string, Decided[]>();
      for (const d of mine) {
        // Recurring events whose listed days ran out (a build over three years old) go last, under the rule.
        const key = d.day ? (status === 'upcoming' ? d.day.slice(0, 7) : d.day.slice(0, 4)) : '';
        groups.set(key, [...(groups.get(key) ?? []), d]);
      }
      const undated = groups.get('');
      groups.delete('');
      if (undated) groups.set('', undated);
      container.replaceChildren(
        ...[...groups].map(([key, members]) => {
          const group = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
          const heading = group.querySelector('[data-group-heading]');
          if (heading) heading.textContent = key.length === 7 ? formatMonth(key, this.#lang) : key || (this.dataset.recurringLabel ?? '');
          group.querySelector('[data-group-items]')?.append(...members.map((m) => m.el));
          return group;
        }),
      );
      section.querySelector<HTMLElement>('[data-empty]')?.toggleAttribute('hidden', mine.length > 0);
      // A later page of a long list shows only the sections it has events of (EventIndex.astro).
      if (section instanceof HTMLElement && section.hasAttribute('data-hide-empty')) section.hidden = mine.length === 0;
    }
  }

  /** Home page: the next `limit` upcoming events, soonest first. */
  relist(decided: Decided[], limit: number) {
    const list = decided[0]?.el.parentElement;
    if (!list) return;
    const upcoming = decided.filter((d) => d.status === 'upcoming').sort((a, b) => (a.day || '9999').localeCompare(b.day || '9999'));
    for (const d of decided) d.el.hidden = true;
    for (const d of upcoming.slice(0, limit)) {
      d.el.hidden = false;
      list.append(d.el);
    }
    this.querySelector<HTMLElement>('[data-empty]')?.toggleAttribute('hidden', upcoming.length > 0);
  }
}

customElements.define('jt-event-dates', JtEventDates);
