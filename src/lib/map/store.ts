/**
 * The big map's state as one store with pure transitions. The state itself
 * (filters, selected place) is a MapState (./state.ts), which the URL holds;
 * the session adds what decides how a change enters the browser's history:
 *
 * - a filter ticked or cleared, a popup opened from a click or closed: a new
 *   history entry (Back undoes it);
 * - the first keystroke of a burst in the text filter: a new entry; the rest
 *   of the burst refines it;
 * - a pan or zoom, or a selection dropped by a filter: the current entry is
 *   rewritten (Back does not step through every drag);
 * - while a state from the URL is applied (on load, Back/Forward): nothing is
 *   written, the URL already says it.
 *
 * Each transition returns the next session and the write it asks for; the
 * store keeps the session, and the caller writes the URL (src/client/map/url.ts).
 */
import { differsInFilters, type MapState } from './state';
import type { Filters } from './filter';

/** How a change enters the history: a new entry, or a rewrite of the current one. */
export type Write = 'push' | 'replace';

export interface Session {
  /** What the map shows, and its URL says (the view is read from the map when the URL is written). */
  readonly state: MapState;
  /** A burst of keystrokes in the text filter is under way. */
  readonly typing: boolean;
  /** A state from the URL is being applied: the URL already says it. */
  readonly applying: boolean;
}

export interface Step {
  session: Session;
  write?: Write | undefined;
}

export const session = (state: MapState): Session => ({ state, typing: false, applying: false });

/** The filters changed: a tick or the reset (`pick`) or a keystroke in the text filter (`type`). */
export function changeFilters(s: Session, filters: Filters, how: 'pick' | 'type'): Step {
  const state = { ...s.state, ...filters };
  if (how === 'pick') return { session: { ...s, state }, write: 'push' };
  return { session: { ...s, state, typing: true }, write: s.typing ? 'replace' : 'push' };
}

/** The text filter was left (its change event): the next keystroke starts a new burst. */
export const endTyping = (s: Session): Step => ({ session: { ...s, typing: false } });

/** A place's popup opened; `write`: push for a click, replace when the URL asked for it. */
export const selectPlace = (s: Session, place: string, write: Write): Step => ({
  session: { ...s, state: { ...s.state, place } },
  write,
});

/** The popup closed: pushed when the visitor closed it, replaced when a filter removed its place. */
export const closePlace = (s: Session, write: Write): Step => ({ session: { ...s, state: { ...s.state, place: undefined } }, write });

/** The map was panned or zoomed. */
export const moved = (s: Session): Step => ({ session: s, write: 'replace' });

/**
 * A state from the URL starts to be applied (`initial`: as the map opens). `filtersChanged`: the markers
 * must be filtered again, not only the list redrawn.
 */
export function beginApply(s: Session, next: MapState, initial: boolean): Step & { filtersChanged: boolean } {
  const filtersChanged = initial || differsInFilters({ ...next, place: undefined }, { ...s.state, place: undefined });
  return { session: { state: next, typing: initial ? s.typing : false, applying: true }, filtersChanged };
}

/** The state from the URL is applied; the map's first state is written (`write`), a Back/Forward one is not. */
export const endApply = (s: Session, write?: Write): Step => ({ session: { ...s, applying: false }, write });

/** Holds the session; `run` applies a transition and returns the write it asks for, none while applying. */
export interface Store {
  readonly session: Session;
  readonly state: MapState;
  run(step: (s: Session) => Step): Write | undefined;
}

export function createStore(initial: MapState): Store {
  let current = session(initial);
  return {
    get session() {
      return current;
    },
    get state() {
      return current.state;
    },
    run(step) {
      const { session: next, write } = step(current);
      current = next;
      return next.applying ? undefined : write;
    },
  };
}
